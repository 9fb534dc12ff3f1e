using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

public sealed class PostgresJobChainFacts(PostgresDatabaseFixture database)
    : JobChainFacts(database.Options), IClassFixture<PostgresDatabaseFixture>;
