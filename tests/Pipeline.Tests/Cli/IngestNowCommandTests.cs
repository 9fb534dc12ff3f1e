using System.Text.Json;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Sources.Feeds;

namespace Pipeline.Tests.Cli;

/// <summary>
/// `pipeline ingest-now` and `pipeline runs` as a user runs them, with a config folder (a copy of
/// the repository's) whose sources.yaml names a drop folder and the feeds of a local news site.
/// </summary>
public sealed class IngestNowCommandTests : IAsyncDisposable
{
    private readonly TempDirectory _root = new();
    private readonly TempDirectory _data = new();
    private readonly NewsSite _site = new();

    [Fact]
    public async Task Ingest_now_records_a_run_that_runs_lists_with_its_errors()
    {
        var environment = WriteConfig([_site.RssUrl, _site.AtomUrl, _site.BrokenUrl]);

        var first = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "ingest-now", "--json");
        var second = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "ingest-now");

        Assert.Equal(1, first.ExitCode); // two sources failed
        var run = JsonDocument.Parse(first.Stdout).RootElement;
        Assert.Equal(("succeeded", "manual", 4, 0, 2),
            (run.GetProperty("status").GetString(), run.GetProperty("trigger").GetString(), run.GetProperty("new").GetInt32(),
             run.GetProperty("unchanged").GetInt32(), run.GetProperty("failed").GetInt32()));
        Assert.True(run.GetProperty("crosscheck").GetProperty("claims").GetInt32() >= 0);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("0 new, 0 updated, 4 unchanged, 2 failed", second.Stdout, StringComparison.Ordinal);

        var runs = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "runs", "--json");
        Assert.Equal(0, runs.ExitCode);
        var listed = JsonDocument.Parse(runs.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        Assert.Equal(run.GetProperty("id").GetInt64(), listed[1].GetProperty("id").GetInt64());
        Assert.Equal(4, listed[0].GetProperty("unchanged").GetInt32());
        Assert.Equal(
            ["id", "trigger", "status", "startedAt", "finishedAt", "durationMs", "new", "updated", "unchanged", "failed", "errors"],
            listed[0].EnumerateObject().Select(p => p.Name));
        var errors = listed[0].GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("source").GetString()!, e => e.GetProperty("reason").GetString()!);
        Assert.StartsWith("feed is not RSS or Atom XML", errors[_site.BrokenUrl], StringComparison.Ordinal);
        Assert.StartsWith("HTTP 404", errors[_site.MissingUrl], StringComparison.Ordinal);

        var terminal = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "runs", "--limit", "1");
        Assert.Equal(0, terminal.ExitCode);
        var lines = terminal.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // the run, then its two errors
        Assert.Contains($"{_site.MissingUrl}: HTTP 404", terminal.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_now_with_nothing_failing_exits_0_and_runs_is_empty_before()
    {
        var environment = WriteConfig([_site.AtomUrl]);

        var before = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "runs");
        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "ingest-now");

        Assert.Equal((0, "no ingestion runs yet"), (before.ExitCode, before.Stdout.Trim()));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("succeeded; 2 new, 0 updated, 0 unchanged, 0 failed", run.Stdout, StringComparison.Ordinal);
        // The cross-check follows the ingestion as its continuation.
        Assert.Contains("cross-check: ", run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_sources_yaml_exits_1_naming_the_file()
    {
        var environment = WriteConfig([]);
        File.WriteAllText(_root.Combine("config", "sources.yaml"), "feeds: [unclosed\n");

        var run = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "ingest-now");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("sources.yaml", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>A copy of the repository's config/ with a sources.yaml of a drop folder (one note) and <paramref name="feeds"/>.</summary>
    private Dictionary<string, string> WriteConfig(IReadOnlyList<string> feeds)
    {
        _root.Write("drop/note.txt", "Nickel output in Indonesia rose again this year, the ministry said on Tuesday.\n");
        return ConfigCopy.WithSources(_root, feeds);
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _data.Dispose();
        _root.Dispose();
    }
}
