using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.CrossCheck;

public sealed class SqliteReviewQueueFacts(SqliteDatabaseFixture database)
    : ReviewQueueFacts(database.Options), IClassFixture<SqliteDatabaseFixture>;
