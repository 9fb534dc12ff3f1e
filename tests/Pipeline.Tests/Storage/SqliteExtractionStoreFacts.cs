using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class SqliteExtractionStoreFacts(SqliteDatabaseFixture database)
    : ExtractionStoreFacts(database.Options), IClassFixture<SqliteDatabaseFixture>;
