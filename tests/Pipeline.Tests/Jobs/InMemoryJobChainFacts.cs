using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

public sealed class InMemoryJobChainFacts(SqliteDatabaseFixture database)
    : JobChainFacts(database.Options), IClassFixture<SqliteDatabaseFixture>;
