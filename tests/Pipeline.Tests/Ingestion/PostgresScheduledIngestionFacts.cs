using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

public sealed class PostgresScheduledIngestionFacts(PostgresDatabaseFixture database)
    : ScheduledIngestionFacts(database.Options), IClassFixture<PostgresDatabaseFixture>;
