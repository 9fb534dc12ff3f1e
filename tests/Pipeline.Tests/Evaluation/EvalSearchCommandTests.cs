using System.Text.Json;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Evaluation;

/// <summary>`pipeline eval search QUERIES.tsv DIR` as a user runs it, on articles and judgements the test writes.</summary>
public sealed class EvalSearchCommandTests : IDisposable
{
    private const string Header = "id\tquery\trelevant";

    private readonly TempDirectory _root = new();
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _tempRoot = new();

    [Fact]
    public async Task Scores_each_query_by_r_precision_and_recall_at_ten()
    {
        var articles = WriteArticles();
        var queries = WriteQueries(
            "s1\tLynas\ta_lynas.txt b_lynas.txt",
            "s2\t稀土 磁鐵\tc_magnets.txt a_lynas.txt",
            "s3\tgallium\ta_lynas.txt");

        var run = await RunAsync(queries, articles);

        Assert.Equal(0, run.ExitCode);
        // s1: the English and the Simplified article about Lynas, both found first.
        Assert.Contains("s1  R-precision 1.00  recall@10 1.00  (2 relevant, 2 found)  Lynas", run.Stdout, StringComparison.Ordinal);
        // s2: only the Traditional query's own article holds both words; the Lynas article is judged relevant but not found.
        Assert.Contains("s2  R-precision 0.50  recall@10 0.50  (2 relevant, 1 found)  稀土 磁鐵", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    missed: a_lynas.txt", run.Stdout, StringComparison.Ordinal);
        // s3: nothing mentions gallium.
        Assert.Contains("s3  R-precision 0.00  recall@10 0.00  (1 relevant, 0 found)  gallium", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("search   3 queries  mean R-precision 0.50  lowest 0.00 (s3)  mean recall@10 0.50", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tempRoot.Path));
    }

    [Fact]
    public async Task Prints_the_scores_as_json()
    {
        var run = await RunAsync(WriteQueries("s1\tLynas\ta_lynas.txt b_lynas.txt"), WriteArticles(), "--json");

        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        var score = Assert.Single(report.GetProperty("scores").EnumerateArray());
        Assert.Equal(("s1", 1.0, 1.0), (score.GetProperty("id").GetString(), score.GetProperty("rPrecision").GetDouble(), score.GetProperty("recallAt10").GetDouble()));
        Assert.Equal(1.0, report.GetProperty("meanRPrecision").GetDouble());
    }

    [Fact]
    public async Task A_query_that_cannot_be_parsed_scores_zero_and_says_why()
    {
        var run = await RunAsync(WriteQueries("s1\tLynas AND (\ta_lynas.txt", "s2\tLynas\ta_lynas.txt b_lynas.txt"), WriteArticles());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("s1  R-precision 0.00", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    query not run:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("s2  R-precision 1.00", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judgement_naming_a_missing_article_is_bad_usage()
    {
        var articles = WriteArticles();

        var run = await RunAsync(WriteQueries("s1\tLynas\ta_lynas.txt z_missing.txt"), articles);

        AssertBadInput(run, $"queries.tsv: query s1: no article z_missing.txt in {articles}");
    }

    [Fact]
    public async Task A_table_without_the_relevant_column_is_bad_usage()
    {
        var articles = WriteArticles();
        var queries = _root.Write("queries.tsv", "id\tquery\tfiles\ns1\tLynas\ta_lynas.txt\n");

        var run = await RunAsync(queries, articles);

        AssertBadInput(run, "queries.tsv: no column 'relevant' in the header row");
    }

    [Fact]
    public async Task A_missing_queries_file_is_bad_usage()
    {
        var missing = _root.Combine("nowhere.tsv");

        var run = await RunAsync(missing, WriteArticles());

        AssertBadInput(run, $"{missing}: no such file");
    }

    public void Dispose()
    {
        _root.Dispose();
        _data.Dispose();
        _tempRoot.Dispose();
    }

    /// <summary>Three short articles in the team's own words: Lynas in English and in Simplified, magnets in Traditional.</summary>
    private string WriteArticles()
    {
        _root.Write("articles/a_lynas.txt", "Lynas ships heavy rare earths\n\nLynas produced dysprosium oxide at its plant in Malaysia this spring.\n");
        _root.Write("articles/b_lynas.txt", "莱纳斯扩产\n\n莱纳斯公司计划在马来西亚扩建分离设施。\n");
        _root.Write("articles/c_magnets.txt", "磁鐵工廠\n\n美國新建稀土磁鐵工廠，年產能一萬噸。\n");
        return _root.Combine("articles");
    }

    private string WriteQueries(params string[] rows) => _root.Write("queries.tsv", string.Join('\n', [Header, .. rows]) + "\n");

    private Task<PipelineProcess.Result> RunAsync(string queries, string articles, params string[] options) =>
        PipelineProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["PIPELINE_EVAL_TEMP"] = _tempRoot.Path }, _data.Path, ["eval", "search", queries, articles, .. options]);

    private void AssertBadInput(PipelineProcess.Result run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tempRoot.Path));
    }
}
