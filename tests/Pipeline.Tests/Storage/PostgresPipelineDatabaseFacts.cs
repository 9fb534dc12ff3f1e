using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task A_database_made_before_long_sources_gets_the_hashed_source_index_and_keeps_its_documents()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await using (var db = PipelineDatabase.Open(options))
        {
            // As an earlier version left it: the model's unique btree on the source itself.
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Documents_Source\"; DROP INDEX \"IX_Documents_Source_Hash\"");
            await db.Database.ExecuteSqlRawAsync("CREATE UNIQUE INDEX \"IX_Documents_Source\" ON \"Documents\" (\"Source\")");
            await new DocumentStore(db).SaveAsync(new IncomingDocument("a.txt", "Lynas shipped oxide.", null, null, "en", null));
        }

        await PipelineDatabase.EnsureCreatedAsync(options);

        await using var reopened = PipelineDatabase.Open(options);
        var indexes = await reopened.Database
            .SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'Documents' AND indexname LIKE 'IX_Documents_Source%' ORDER BY indexname")
            .ToListAsync();
        Assert.Collection(indexes,
            unique => Assert.Contains("UNIQUE INDEX \"IX_Documents_Source\" ON public.\"Documents\" USING btree (md5(\"Source\"))", unique, StringComparison.Ordinal),
            lookup => Assert.Contains("USING hash (\"Source\")", lookup, StringComparison.Ordinal));
        Assert.Equal("a.txt", Assert.Single(await reopened.Documents.Select(d => d.Source).ToListAsync()));
    }
}
