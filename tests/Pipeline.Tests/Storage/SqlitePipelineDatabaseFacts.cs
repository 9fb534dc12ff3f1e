using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class SqlitePipelineDatabaseFacts(SqliteDatabaseFixture database)
    : PipelineDatabaseFacts, IClassFixture<SqliteDatabaseFixture>
{
    protected override StorageOptions NewDatabase() =>
        new(Path.Combine(database.DataDirectory, Guid.NewGuid().ToString("N")));

    [Fact]
    public async Task The_database_uses_write_ahead_logging()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);

        // Read on a bare connection: the mode is stored in the file, not set by this one.
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(options.DataDirectory, "pipeline.db")}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_writer_saves_while_a_reader_is_streaming()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await using var readerDb = PipelineDatabase.Open(options);
        await using var writerDb = PipelineDatabase.Open(options);
        var writer = new DocumentStore(writerDb);
        await writer.SaveBatchAsync(Documents("first", 20));

        var seen = 0;
        await foreach (var _ in new DocumentStore(readerDb).StreamAllAsync())
        {
            if (seen++ == 0)
            {
                // The reader's statement is open here; without WAL this commit would wait for it.
                var written = await writer.SaveBatchAsync(Documents("second", 20)).WaitAsync(TimeSpan.FromSeconds(5));
                Assert.All(written, r => Assert.Equal(SaveOutcome.New, r.Outcome));
            }
        }

        Assert.Equal(20, seen);
        Assert.Equal(40, await writer.CountAsync());
    }

    private static IncomingDocument[] Documents(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new IncomingDocument($"/corpus/{prefix}/{i}.txt", $"Rare-earth note {prefix} {i}", null, null, "en", null))];
}
