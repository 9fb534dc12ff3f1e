using System.Text.Json;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Ingestion;

namespace Pipeline.Tests.Cli;

/// <summary>The executable's contracts: exit codes, one-line errors on stderr, JSON alone on stdout.</summary>
public sealed class PipelineCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task Ingest_reports_each_bad_file_on_one_line_and_exits_1_while_the_rest_is_stored()
    {
        File.WriteAllText(_input.Combine("good.txt"), "Neo Performance Materials opened a magnet plant in Narva.");
        File.WriteAllBytes(_input.Combine("broken.txt"), [0x00, 0xFF, 0x00, 0xFE, 0x10, 0x00, 0x00, 0x01]);
        File.WriteAllText(_input.Combine("empty.md"), "");

        var run = await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path, _input.Combine("missing.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 new", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, run.ErrorLines.Length);
        Assert.Contains(run.ErrorLines, l => l.Contains("broken.txt", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("empty.md", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("missing.txt", StringComparison.Ordinal) && l.Contains("no such file", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);

        var search = await PipelineProcess.RunAsync(_data.Path, "search", "Narva", "--json");
        Assert.Equal(0, search.ExitCode);
        Assert.Single(JsonDocument.Parse(search.Stdout).RootElement.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Ingest_is_recorded_as_a_run_with_its_failures()
    {
        File.WriteAllText(_input.Combine("good.txt"), "Neo Performance Materials opened a magnet plant in Narva.");
        File.WriteAllText(_input.Combine("empty.md"), "");
        await PipelineProcess.RunAsync(_data.Path, "ingest", _input.Path);

        var runs = await PipelineProcess.RunAsync(_data.Path, "runs", "--json");

        var run = Assert.Single(JsonDocument.Parse(runs.Stdout).RootElement.EnumerateArray());
        Assert.Equal(("ingest", "succeeded", 1, 1), (run.GetProperty("trigger").GetString(), run.GetProperty("status").GetString(),
            run.GetProperty("new").GetInt32(), run.GetProperty("failed").GetInt32()));
        Assert.Contains("empty.md", run.GetProperty("errors")[0].GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_json_is_one_document_with_offsets_into_the_original_text()
    {
        Assert.Equal(0, (await PipelineProcess.RunAsync(_data.Path, "ingest", CorpusFixture.Folder)).ExitCode);

        // 经贸磋商 is plain words (暂停实施 would widen to the concept suspension and its other names).
        var run = await PipelineProcess.RunAsync(_data.Path, "search", "经贸磋商", "--json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.True(result.GetProperty("total").GetInt32() >= 1);
        Assert.NotEmpty(result.GetProperty("facets").GetProperty("entity").EnumerateArray());
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        var hit = Assert.Single(hits, h => h.GetProperty("script").GetString() == "Hant");
        foreach (var name in new[] { "id", "title", "source", "lang", "script", "date", "score", "snippet", "highlights" })
        {
            Assert.True(hit.TryGetProperty(name, out _), $"no '{name}' in a hit");
        }

        var show = await PipelineProcess.RunAsync(_data.Path, "show", hit.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        var text = JsonDocument.Parse(show.Stdout).RootElement.GetProperty("text").GetString()!;
        var span = hit.GetProperty("highlights")[0];
        Assert.Equal("經貿磋商", text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task A_malformed_query_is_one_line_and_exit_code_2()
    {
        await PipelineProcess.RunAsync(_data.Path, "ingest", CorpusFixture.Folder);

        var run = await PipelineProcess.RunAsync(_data.Path, "search", "稀土 AND (");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("稀土 AND (", line, StringComparison.Ordinal);
        // The column counts in the query as written, though 稀土 was widened to its entity before parsing.
        Assert.Contains("the query ends too soon at column 8", line, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task A_query_of_too_many_terms_says_so_in_a_short_line()
    {
        var query = string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => $"a{i}*"));

        var run = await PipelineProcess.RunAsync(_data.Path, "search", query);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.EndsWith("…\": too many terms: a query may hold at most 1024 words, names and expanded wildcards", line, StringComparison.Ordinal);
        Assert.True(line.Length < 300, $"{line.Length} characters");
    }

    [Fact]
    public async Task Bad_usage_exits_2()
    {
        Assert.Equal(2, (await PipelineProcess.RunAsync(_data.Path, "search")).ExitCode);
        Assert.Equal(2, (await PipelineProcess.RunAsync(_data.Path, "search", "x", "--limit", "0")).ExitCode);
        Assert.Equal(2, (await PipelineProcess.RunAsync(_data.Path, "frobnicate")).ExitCode);
    }

    [Theory]
    [InlineData("search", "x", "--limit", "abc")]
    [InlineData("--db", "garbage", "claims")]
    [InlineData("--db", "Foo=bar", "ingest", "x.txt")]
    public async Task An_option_that_does_not_parse_is_a_usage_error_without_a_stack_trace(params string[] args)
    {
        var run = await PipelineProcess.RunAsync(_data.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(args.Contains("--limit") ? "--limit" : "--db", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_before_any_ingest_says_so_and_exits_1()
    {
        var run = await PipelineProcess.RunAsync(_data.Path, "search", "稀土");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ingest", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_id_exits_1_with_one_line()
    {
        var run = await PipelineProcess.RunAsync(_data.Path, "show", "999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("999", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _data.Dispose();
        _input.Dispose();
    }
}
