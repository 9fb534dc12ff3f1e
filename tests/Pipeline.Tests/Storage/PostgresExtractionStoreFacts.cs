using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class PostgresExtractionStoreFacts(PostgresDatabaseFixture database)
    : ExtractionStoreFacts(database.Options), IClassFixture<PostgresDatabaseFixture>;
