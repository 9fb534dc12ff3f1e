using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.CrossCheck;

public sealed class PostgresReviewQueueFacts(PostgresDatabaseFixture database)
    : ReviewQueueFacts(database.Options), IClassFixture<PostgresDatabaseFixture>;
