using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Cli;

/// <summary>Changing config/index.yaml's chinese_analyzer, as an analyst does: the index says how it was built until reindexed.</summary>
public sealed class ChineseAnalyzerChoiceTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _config = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task A_changed_analyzer_is_reported_until_reindex_applies_it()
    {
        CopyConfig(SeedCorpus.ConfigFolder, _config.Path);
        _input.Write("hant.txt", "萊納斯\n\n萊納斯稀土公司在馬來西亞生產氧化鏑。\n");
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path)).ExitCode);
        File.WriteAllText(Path.Combine(_config.Path, "index.yaml"), "chinese_analyzer: smartcn\n");
        var smartcn = new Dictionary<string, string> { ["PIPELINE_CONFIG"] = _config.Path };

        var before = await PipelineProcess.RunWithEnvironmentAsync(smartcn, _data.Path, "search", "氧化镝");
        // Documents added with the new analyzer leave the old ones as they were: still mixed, still said.
        _input.Write("later.txt", "Lynas\n\nLynas ships dysprosium oxide from Malaysia.\n");
        var ingest = await PipelineProcess.RunWithEnvironmentAsync(smartcn, _data.Path, "ingest", _input.Path);
        var between = await PipelineProcess.RunWithEnvironmentAsync(smartcn, _data.Path, "search", "氧化镝");
        var reindex = await PipelineProcess.RunWithEnvironmentAsync(smartcn, _data.Path, "reindex");
        var after = await PipelineProcess.RunWithEnvironmentAsync(smartcn, _data.Path, "search", "氧化镝");

        Assert.Equal(0, before.ExitCode);
        Assert.Contains("pipeline: the index was built with chinese_analyzer characters, config/index.yaml asks for smartcn: `pipeline reindex` rebuilds it", before.ErrorLines);
        Assert.Contains("1 documents match", before.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("pipeline: the index was built with chinese_analyzer characters, config/index.yaml asks for smartcn: `pipeline reindex` rebuilds it", between.ErrorLines);
        Assert.Equal(0, reindex.ExitCode);
        Assert.Equal(0, after.ExitCode);
        Assert.Empty(after.ErrorLines);
        Assert.Contains("1 documents match", after.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_smartcn_reindexed_a_traditional_query_finds_simplified_text_and_marks_its_own_characters()
    {
        CopyConfig(SeedCorpus.ConfigFolder, _config.Path);
        const string Text = "稀土精炼\n\n该公司的稀土精炼产能明年翻倍。\n";
        _input.Write("hans.txt", Text);
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path)).ExitCode);
        File.WriteAllText(Path.Combine(_config.Path, "index.yaml"), "chinese_analyzer: smartcn\n");
        var smartcn = new Dictionary<string, string> { ["PIPELINE_CONFIG"] = _config.Path };
        Assert.Equal(0, (await PipelineProcess.RunWithEnvironmentAsync(smartcn, _data.Path, "reindex")).ExitCode);

        var search = await PipelineProcess.RunWithEnvironmentAsync(smartcn, _data.Path, "search", "精煉產能", "--json");

        Assert.Equal(0, search.ExitCode);
        Assert.Empty(search.ErrorLines);
        using var results = System.Text.Json.JsonDocument.Parse(search.Stdout);
        var hit = Assert.Single(results.RootElement.GetProperty("hits").EnumerateArray());
        var marked = hit.GetProperty("highlights").EnumerateArray().Select(h => Text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]);
        Assert.Equal(["精炼产能"], marked);
    }

    public void Dispose()
    {
        _data.Dispose();
        _config.Dispose();
        _input.Dispose();
    }

    private static void CopyConfig(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
