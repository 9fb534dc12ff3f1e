using Pipeline.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipeline.Tests.Storage;

[Collection(SerialTests.Name)]
public sealed class SqliteDocumentStoreThroughputFacts(SqliteDatabaseFixture database, ITestOutputHelper output)
    : DocumentStoreThroughputFacts(database.Options, output), IClassFixture<SqliteDatabaseFixture>;
