using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

public sealed class SqliteScheduledIngestionFacts(SqliteDatabaseFixture database)
    : ScheduledIngestionFacts(database.Options), IClassFixture<SqliteDatabaseFixture>;
