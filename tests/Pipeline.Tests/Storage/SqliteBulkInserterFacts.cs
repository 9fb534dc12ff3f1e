using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class SqliteBulkInserterFacts(SqliteDatabaseFixture database)
    : BulkInserterFacts(database.Options), IClassFixture<SqliteDatabaseFixture>;
