using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class PostgresBulkInserterFacts(PostgresDatabaseFixture database)
    : BulkInserterFacts(database.Options), IClassFixture<PostgresDatabaseFixture>;
