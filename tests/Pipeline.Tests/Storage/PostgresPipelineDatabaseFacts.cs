using Npgsql;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class PostgresPipelineDatabaseFacts(PostgresDatabaseFixture database)
    : PipelineDatabaseFacts, IClassFixture<PostgresDatabaseFixture>
{
    protected override StorageOptions NewDatabase() => new(database.Options.DataDirectory, database.NewDatabaseConnectionString());

    [Fact]
    public async Task A_postgres_uri_reaches_the_server()
    {
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var uri = $"postgresql://{Uri.EscapeDataString(server.Username!)}@{server.Host}:{server.Port}/{server.Database}";
        var options = new StorageOptions(database.Options.DataDirectory, uri);

        await PipelineDatabase.EnsureCreatedAsync(options);

        await using var db = PipelineDatabase.Open(options);
        Assert.Equal(0, await new DocumentStore(db).CountAsync());
    }
}
