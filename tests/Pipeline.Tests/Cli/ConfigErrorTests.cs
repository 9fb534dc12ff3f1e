using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Cli;

/// <summary>A malformed config file, as an analyst might leave one: the real executable says which file, which line and what, in one line, and exits 1.</summary>
public sealed class ConfigErrorTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task A_broken_lexicon_file_is_one_line_naming_it()
    {
        var environment = ConfigCopy.WithSources(_root, []);
        var file = _root.Combine("config", "lexicon", "entities-broken.yaml");
        File.WriteAllText(file, "entities:\n  - id: acme\n    kind: company\n    nme: Acme\n");

        var result = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "search", "rare earths");

        AssertOneLine(result, $"pipeline: {file}: line 4: unknown field 'nme'");
    }

    [Fact]
    public async Task A_broken_crosscheck_file_is_one_line_naming_it()
    {
        var environment = ConfigCopy.WithSources(_root, []);
        var file = _root.Combine("config", "crosscheck.yaml");
        File.WriteAllText(file, "approximate:\n  relative: 0.05\nexact: [0.005\n");

        var result = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "crosscheck");

        AssertOneLine(result, $"pipeline: {file}: line ");
    }

    [Fact]
    public async Task A_broken_sources_file_is_one_line_naming_it()
    {
        var environment = ConfigCopy.WithSources(_root, []);
        var file = _root.Combine("config", "sources.yaml");
        File.WriteAllText(file, "drop_folders:\n  - drop\nfetch:\n  timeout_seconds: soon\n");
        var input = _root.Combine("note.txt");
        File.WriteAllText(input, "Lynas\n\nLynas produces rare earths in Malaysia.\n");

        var result = await PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, "ingest", input);

        AssertOneLine(result, $"pipeline: {file}: line 4: ");
    }

    private static void AssertOneLine(PipelineProcess.Result result, string start)
    {
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(start, line, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", line, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _root.Dispose();
        _data.Dispose();
    }
}
