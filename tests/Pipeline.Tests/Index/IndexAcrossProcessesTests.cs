using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Storage;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Index;

/// <summary>
/// One index truth across processes, with the real executable: runs on one data directory take
/// the index's writer in turn, a running server sees what a CLI run stored, and a run killed
/// halfway leaves nothing that the next run does not repair.
/// </summary>
public sealed class IndexAcrossProcessesTests : IDisposable
{
    // Several batches of IngestionService.BatchSize, so a run can be killed between two of them.
    private const int Files = 600;

    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task Two_ingests_at_once_both_succeed_and_every_stored_document_is_found()
    {
        var first = WriteReports("first", 300, "alderite");
        var second = WriteReports("second", 300, "alderite");

        var runs = await Task.WhenAll(
            PipelineProcess.RunAsync(_data.Path, "ingest", first),
            PipelineProcess.RunAsync(_data.Path, "ingest", second));

        Assert.All(runs, run => Assert.Equal((0, ""), (run.ExitCode, run.Stderr)));
        Assert.Equal(600, await StoredAsync());
        Assert.Equal(600, await FoundAsync("alderite"));
    }

    [Fact]
    public async Task A_refused_writer_names_the_holder_in_one_line_and_stores_nothing()
    {
        var folder = WriteReports("refused", 3, "brennite");
        var waitOneSecond = new Dictionary<string, string> { ["PIPELINE_INDEX_WAIT"] = "1" };

        PipelineProcess.Result refused;
        using (var index = new DocumentIndex(_data.Combine("index"), IndexAnalyzers.CreateDefault()))
        using (index.OpenWriting())
        {
            refused = await PipelineProcess.RunWithEnvironmentAsync(waitOneSecond, _data.Path, "ingest", folder);
        }

        Assert.Equal(1, refused.ExitCode);
        var line = Assert.Single(refused.ErrorLines);
        Assert.Contains($"is being written by pid {Environment.ProcessId} ", line, StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync());
        var next = await PipelineProcess.RunAsync(_data.Path, "ingest", folder);
        Assert.Contains("3 new", next.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_beside_ingest_leaves_every_stored_document_found()
    {
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", WriteReports("before", 300, "corvite"))).ExitCode);

        var runs = await Task.WhenAll(
            PipelineProcess.RunAsync(_data.Path, "reindex"),
            PipelineProcess.RunAsync(_data.Path, "ingest", WriteReports("during", 300, "corvite")));

        Assert.All(runs, run => Assert.Equal((0, ""), (run.ExitCode, run.Stderr)));
        Assert.Equal(600, await StoredAsync());
        Assert.Equal(600, await FoundAsync("corvite"));
    }

    [Fact]
    public async Task A_running_server_finds_what_a_CLI_ingest_stored_within_10_seconds()
    {
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", WriteReports("first", 1, "dravite"))).ExitCode);
        using var server = PipelineProcess.Start(NoEnvironment, _data.Path, "serve", "--urls", "http://127.0.0.1:0");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(await PipelineProcess.ServingAddressAsync(server)) };
            Assert.Equal(1, await ApiTotalAsync(http, "dravite"));

            // The CLI takes the index's writer beside the server (which holds it only while catching up).
            var ingest = await PipelineProcess.RunAsync(_data.Path, "ingest", WriteReports("later", 50, "dravite"));
            Assert.Equal(0, ingest.ExitCode);
            var stored = Stopwatch.StartNew();

            while (await ApiTotalAsync(http, "dravite") != 51)
            {
                Assert.True(stored.Elapsed < TimeSpan.FromSeconds(10), "the server did not find the new documents within 10 seconds");
                await Task.Delay(200);
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task An_update_killed_halfway_is_indexed_by_the_next_ingest()
    {
        // Thirty batches: storing got fast enough that ten were all stored before the kill landed.
        const int Reports = 30 * IngestionService.BatchSize;
        var folder = WriteReports("reports", Reports, "oldtext");
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", folder)).ExitCode);
        WriteReports("reports", Reports, "newtext");

        using (var process = PipelineProcess.Start(NoEnvironment, _data.Path, "ingest", folder))
        {
            await Eventually.UntilAsync(async () => process.HasExited || await UpdatedAsync() >= 200, "a first updated batch");
            Assert.False(process.HasExited, "the run ended before it could be killed: write more reports");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        SqliteConnection.ClearAllPools();
        var updated = await UpdatedAsync();
        Assert.InRange(updated, 200, Reports - 1);

        // The stored updates count as unchanged now: the index must catch up with them all the same.
        var next = await PipelineProcess.RunAsync(_data.Path, "ingest", folder);

        Assert.Equal(0, next.ExitCode);
        Assert.Contains($"{Reports - updated} updated, {updated} unchanged", next.Stdout, StringComparison.Ordinal);
        Assert.Equal(Reports, await FoundAsync("newtext"));
        Assert.Equal(0, await FoundAsync("oldtext"));
    }

    [Fact]
    public async Task A_killed_reindex_leaves_the_old_index_serving_and_the_rerun_completes()
    {
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", WriteReports("reports", Files, "erbite"))).ExitCode);
        var rebuild = _data.Combine("index.rebuild");

        using (var process = PipelineProcess.Start(NoEnvironment, _data.Path, "reindex"))
        {
            await Eventually.UntilAsync(() => Task.FromResult(process.HasExited || Directory.Exists(rebuild)), "the rebuild folder");
            Assert.False(process.HasExited, "the reindex ended before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal(Files, await FoundAsync("erbite"));
        var rerun = await PipelineProcess.RunAsync(_data.Path, "reindex");
        Assert.Equal((0, $"reindexed {Files} documents"), (rerun.ExitCode, rerun.Stdout.Trim()));
        Assert.Equal(Files, await FoundAsync("erbite"));
        Assert.False(Directory.Exists(rebuild));
    }

    [Theory]
    [InlineData(PosixSignal.SIGINT)]
    [InlineData(PosixSignal.SIGTERM)]
    public async Task A_signal_during_ingest_records_the_run_as_cancelled_and_keeps_the_stored_batches(PosixSignal signal)
    {
        // Many batches: storing got fast enough that ten could all be stored before the signal landed.
        const int files = 30 * IngestionService.BatchSize;
        var folder = WriteReports("reports", files, "terbium");

        PipelineProcess.Result result;
        using (var process = PipelineProcess.StartInterruptible(_data.Path, "ingest", folder))
        {
            await Eventually.UntilAsync(async () => process.HasExited || await StoredAsync() >= 200, "a first stored batch");
            Assert.False(process.HasExited, "the run ended before the signal: write more reports");
            PipelineProcess.Signal(process, signal);
            result = await PipelineProcess.WaitAsync(process);
        }

        Assert.Equal((1, "pipeline: cancelled"), (result.ExitCode, result.Stderr.Trim()));
        var stored = await StoredAsync();
        Assert.InRange(stored, 200, files - 1);
        var run = JsonDocument.Parse((await PipelineProcess.RunAsync(_data.Path, "runs", "--json")).Stdout).RootElement[0];
        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal(stored, run.GetProperty("new").GetInt32());
        Assert.Contains(run.GetProperty("errors").EnumerateArray(), e => e.GetProperty("reason").GetString() == "cancelled");
        // The batches stored before the signal stay, and the next command indexes them.
        Assert.Equal(stored, await FoundAsync("terbium"));
    }

    [Theory]
    [InlineData("search", "hafnite")]
    [InlineData("ingest")]
    [InlineData("reindex")]
    public async Task Truncated_index_files_are_set_aside_and_the_next_command_rebuilds_from_the_database(params string[] command)
    {
        var folder = WriteReports("reports", 40, "hafnite");
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", folder)).ExitCode);
        foreach (var file in Directory.GetFiles(_data.Combine("index"), "_*"))
        {
            using var stream = new FileStream(file, FileMode.Open);
            stream.SetLength(Math.Min(stream.Length, 100));
        }

        var args = command.Length > 1 || command[0] != "ingest" ? command : [.. command, folder];
        var repaired = await PipelineProcess.RunAsync(_data.Path, args);

        Assert.Equal(0, repaired.ExitCode);
        var line = Assert.Single(repaired.ErrorLines);
        Assert.StartsWith($"pipeline: the index at {_data.Combine("index")} could not be read (", line, StringComparison.Ordinal);
        Assert.EndsWith("rebuilding it from the database", line, StringComparison.Ordinal);
        var aside = Assert.Single(Directory.GetDirectories(_data.Path, "index.damaged-*"));
        Assert.Contains($"set aside as {aside},", line, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(aside, "_*"));
        Assert.Equal(40, await FoundAsync("hafnite"));
    }

    [Fact]
    public async Task An_emptied_database_file_beside_an_index_is_one_error_line_and_nothing_is_created()
    {
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", WriteReports("reports", 20, "yttrite"))).ExitCode);
        SqliteConnection.ClearAllPools();
        File.WriteAllBytes(_data.Combine("pipeline.db"), []);
        var indexFiles = Directory.GetFiles(_data.Combine("index")).Order().ToArray();

        foreach (var args in new[] { new[] { "search", "yttrite" }, ["ingest", _input.Path], ["show", "1"], ["reindex"] })
        {
            var result = await PipelineProcess.RunAsync(_data.Path, args);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(
                $"pipeline: the database {_data.Combine("pipeline.db")} is empty (0 bytes), but the index beside it holds documents: " +
                $"restore the database from a backup, or remove it and {_data.Combine("index")} to start afresh",
                Assert.Single(result.ErrorLines));
        }
        Assert.Equal(0, new FileInfo(_data.Combine("pipeline.db")).Length);
        Assert.Equal(indexFiles, Directory.GetFiles(_data.Combine("index")).Order());
    }

    [Fact]
    public async Task A_truncated_database_file_is_one_database_error_line()
    {
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", WriteReports("reports", 200, "xenotime"))).ExitCode);
        SqliteConnection.ClearAllPools();
        using (var stream = new FileStream(_data.Combine("pipeline.db"), FileMode.Open))
        {
            stream.SetLength(stream.Length / 4);
        }

        var result = await PipelineProcess.RunAsync(_data.Path, "search", "xenotime");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("pipeline: database error: SQLite Error 11: 'database disk image is malformed'.", Assert.Single(result.ErrorLines));
    }

    /// <summary>Reports in a folder of the input directory, each with its own number and <paramref name="word"/>.</summary>
    private string WriteReports(string folder, int count, string word)
    {
        for (var i = 0; i < count; i++)
        {
            _input.Write(Path.Combine(folder, $"report{i:D4}.txt"),
                string.Create(CultureInfo.InvariantCulture, $"Report {folder} number {i}: the {word} refinery in Narva shipped {i + 10} tonnes of oxide."));
        }
        return _input.Combine(folder);
    }

    private async Task<int> FoundAsync(string word)
    {
        var search = await PipelineProcess.RunAsync(_data.Path, "search", word, "--limit", "1", "--json");
        Assert.Equal(0, search.ExitCode);
        return JsonDocument.Parse(search.Stdout).RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>Documents stored so far; none while the run has not created the database and its tables yet.</summary>
    private async Task<int> StoredAsync()
    {
        if (!File.Exists(_data.Combine("pipeline.db")))
        {
            return 0;
        }
        await using var db = PipelineDatabase.Open(new StorageOptions(_data.Path));
        try
        {
            return await db.Documents.CountAsync();
        }
        catch (SqliteException e) when (e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return 0;
        }
    }

    /// <summary>Documents stored with their new text (the update's word) so far.</summary>
    private async Task<int> UpdatedAsync()
    {
        await using var db = PipelineDatabase.Open(new StorageOptions(_data.Path));
        return await db.Documents.CountAsync(d => d.Text.Contains("newtext"));
    }

    private static async Task<int> ApiTotalAsync(HttpClient http, string word)
    {
        var json = await http.GetStringAsync(new Uri($"/api/search?q={word}", UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
        _input.Dispose();
    }
}
