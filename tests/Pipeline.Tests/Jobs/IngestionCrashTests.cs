using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pipeline.Ingestion;
using Pipeline.Storage;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>
/// `pipeline ingest-now` killed in the middle of a run: what it stored is whole (each document
/// with its mentions, no duplicates), the run stays visible as unfinished, and the next run
/// stores the rest, indexes everything and succeeds.
/// </summary>
public sealed class IngestionCrashTests : IDisposable
{
    // Enough for many batches (25), so the process is still working when a first batch is stored,
    // however fast the machine.
    private const int Reports = 5000;

    private readonly TempDirectory _root = new();
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task A_killed_run_leaves_whole_documents_and_the_next_run_completes_the_work()
    {
        var environment = ConfigCopy.WithSources(_root, []);
        GeneratedReports.Write(_root, "drop", Reports);
        var database = new StorageOptions(_data.Path);
        await PipelineDatabase.EnsureCreatedAsync(database);

        using (var process = PipelineProcess.Start(environment, _data.Path, "ingest-now"))
        {
            await Eventually.UntilAsync(async () => process.HasExited || await CountAsync(database) >= IngestionService.BatchSize, "a first stored batch");
            Assert.False(process.HasExited, "the run ended before it could be killed: generate more reports");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        SqliteConnection.ClearAllPools();

        var stored = await CountAsync(database);
        Assert.InRange(stored, IngestionService.BatchSize, Reports - 1);
        var mentionsPerDocument = await AssertWholeAndDistinctAsync(database, stored);

        var next = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "ingest-now", "--json");

        Assert.Equal(0, next.ExitCode);
        var run = JsonDocument.Parse(next.Stdout).RootElement;
        Assert.Equal(("succeeded", Reports - stored, stored),
            (run.GetProperty("status").GetString(), run.GetProperty("new").GetInt32(), run.GetProperty("unchanged").GetInt32()));
        Assert.Equal(mentionsPerDocument, await AssertWholeAndDistinctAsync(database, Reports));
        var runs = JsonDocument.Parse((await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "runs", "--json")).Stdout)
            .RootElement.EnumerateArray().ToList();
        Assert.Equal(["succeeded", "running"], runs.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, runs[1].GetProperty("finishedAt").ValueKind);

        // The index, repaired by the second run, finds every report.
        var search = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "search", "bulletin", "--limit", "1", "--json");
        Assert.Equal(Reports, JsonDocument.Parse(search.Stdout).RootElement.GetProperty("total").GetInt32());
    }

    private static async Task<int> CountAsync(StorageOptions database)
    {
        await using var db = PipelineDatabase.Open(database);
        return await db.Documents.CountAsync();
    }

    /// <summary>
    /// Asserts <paramref name="expected"/> documents, no two with the same content, each stored
    /// with its whole analysis (every report has the same entities, so the same number of
    /// mentions); returns that number.
    /// </summary>
    private static async Task<int> AssertWholeAndDistinctAsync(StorageOptions database, int expected)
    {
        await using var db = PipelineDatabase.Open(database);
        Assert.Equal(expected, await db.Documents.CountAsync());
        Assert.Equal(expected, await db.Documents.Select(d => d.ContentHash).Distinct().CountAsync());
        var mentionCounts = await db.Mentions.Select(m => m.Count).ToListAsync();
        Assert.Equal(expected, mentionCounts.Count);
        var perDocument = Assert.Single(mentionCounts.Distinct());
        Assert.True(perDocument > 0);
        return perDocument;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
        _root.Dispose();
    }
}
