using System.Text.Json;
using Pipeline.Tests.Cli;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Llm;

namespace Pipeline.Tests.Evaluation;

/// <summary>`pipeline eval conflicts DIR` as a user runs it, on a small annotated folder the test writes.</summary>
public sealed class EvalConflictsCommandTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _tempRoot = new();

    [Fact]
    public async Task Scores_claims_and_flagged_conflicts_as_json()
    {
        var folder = AnnotatedFolder.Write(_root);

        var run = await RunAsync(folder, "--json");

        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        var all = report.GetProperty("claims").GetProperty("all");
        // Four claims read, all right; t5 (a head count) is outside the catalogue, so missed.
        Assert.Equal((4, 4, 5, 4, 1.0, 0.8), (Int(all, "predicted"), Int(all, "correct"), Int(all, "annotated"), Int(all, "found"),
            all.GetProperty("precision").GetDouble(), all.GetProperty("recall").GetDouble()));
        Assert.Equal("Latn", Assert.Single(report.GetProperty("claims").GetProperty("byScript").EnumerateArray()).GetProperty("script").GetString());
        Assert.Equal(1.0, report.GetProperty("claims").GetProperty("catalogueRecall").GetDouble());

        // One item: the 85% once, against the 90% that two sources state; 99% of heavy rare earths is another fact.
        var conflicts = report.GetProperty("conflicts");
        Assert.Equal((2, 2, 1.0), (Int(conflicts, "conflictPairs"), Int(conflicts, "covered"), conflicts.GetProperty("recall").GetDouble()));
        Assert.Equal((1, 1, 0, 0), (Int(conflicts, "flagged"), Int(conflicts, "annotatedBothSides"), Int(conflicts, "annotatedOneSide"), Int(conflicts, "annotatedNone")));
        Assert.Equal((1, 1.0), (Int(conflicts, "correct"), conflicts.GetProperty("precision").GetDouble()));
        Assert.Equal((0, 0), (Int(conflicts, "trapsFlagged"), Int(conflicts, "agreeFlagged")));
        // Two conflict pairs share the 85%: one disputed fact, annotated and found.
        Assert.Equal((1, 1.0), (Int(conflicts, "annotatedDisputes"), conflicts.GetProperty("itemsPerDispute").GetDouble()));

        var failures = report.GetProperty("failures");
        var missed = Assert.Single(failures.GetProperty("missedClaims").EnumerateArray());
        Assert.Equal(("t5", "measure outside the catalogue"), (missed.GetProperty("claim").GetProperty("id").GetString(), missed.GetProperty("why").GetString()));
        Assert.Empty(failures.GetProperty("falseClaims").EnumerateArray());
        Assert.Empty(failures.GetProperty("flaggedTrapsAndAgrees").EnumerateArray());
        Assert.Empty(failures.GetProperty("incorrectItems").EnumerateArray());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tempRoot.Path));
    }

    [Fact]
    public async Task A_dissent_flagged_once_covers_every_pair_of_the_figure_it_is_flagged_against()
    {
        // Each dissent is reported against one claim only: 85% meets one of the two 90% claims, and
        // the other conflict pair is covered through that claim's value group.
        var folder = AnnotatedFolder.Write(_root);

        var run = await RunAsync(folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("conflicts recall 1.00 (2/2)  flagged 1 (annotated both sides 1, one side 0, none 0; correct 1: precision 1.00)  traps flagged 0  agree flagged 0",
            run.Stdout, StringComparison.Ordinal);
        Assert.Contains("claims   Latn  precision 1.00  recall 0.80  (4/5)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("disputes 1 in the queue for 1 annotated disputed facts: 1.00 review items per disputed fact", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("missed claims", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_lists_each_case_with_its_sentences()
    {
        var run = await RunAsync(AnnotatedFolder.Write(_root), "--failures");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("missed claims (1):", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("t5  en_d_heavy.txt  \"employs 300 people\"  expected plant employee-count 300 count: measure outside the catalogue", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("flagged trap and agree pairs (0):", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_row_annotated_for_one_year_leaves_its_other_years_unscored()
    {
        // The set may annotate one column of a table: the row's 2023 cell is neither right nor wrong by it,
        // while a misread cell of the annotated year still counts against precision.
        var folder = AnnotatedFolder.Write(_root, claims: [.. AnnotatedFolder.Claims,
            "t6\ten_e_table.txt\t| China | 240,000 | 270,000 |\tchina\tmine-output-tonnes\treo\t270000\t270000\tt\t2024\t",
            "t7\ten_e_table.txt\t| Myanmar | 43,000 | 31,000 |\tmyanmar\tmine-output-tonnes\treo\t30000\t30000\tt\t2024\t"]);
        _root.Write("set/articles/en_e_table.txt",
            "Output table\n\nRare earth mine production (t)\n| Country | 2023 | 2024 |\n| --- | --- | --- |\n| China | 240,000 | 270,000 |\n| Myanmar | 43,000 | 31,000 |\n");
        _root.Write("set/sources.tsv", File.ReadAllText(_root.Combine("set/sources.tsv")) + "en_e_table.txt\t-\tteam\t2025-07-01\ten\tLatn\n");

        var run = await RunAsync(folder, "--failures");

        Assert.Equal(0, run.ExitCode);
        // Claimed: four refining shares, China 2024 (right), Myanmar 2024 (31,000 against the annotated 30,000) and
        // Myanmar 2023 (scored: the row's annotation was not read); China 2023 is the one left out.
        Assert.Contains("claims   Latn  precision 0.71  recall 0.71  (5/7)  claimed 7, correct 5", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("not scored (other periods of an annotated quote) 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("myanmar mine-output 43,000 t, for 2023", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("china mine-output 240,000 t", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_bad_usage()
    {
        var missing = _root.Combine("nowhere");

        var run = await RunAsync(missing);

        AssertBadInput(run, $"{missing}: no such directory");
    }

    [Fact]
    public async Task A_claims_table_without_a_column_is_bad_usage()
    {
        var folder = AnnotatedFolder.Write(_root, claimsHeader: AnnotatedFolder.ClaimsHeader.Replace("\tscope", "\tfield", StringComparison.Ordinal));

        var run = await RunAsync(folder);

        AssertBadInput(run, "claims.tsv: no column 'scope' in the header row");
    }

    [Fact]
    public async Task A_quote_missing_from_its_article_is_bad_usage()
    {
        var claims = AnnotatedFolder.Claims.Select(c => c.Replace("85% of rare earth refining", "86% of rare earth refining", StringComparison.Ordinal));
        var folder = AnnotatedFolder.Write(_root, claims: claims);

        var run = await RunAsync(folder);

        AssertBadInput(run, "claims.tsv: claim t2: quote '86% of rare earth refining' does not occur in en_b_estimate.txt");
    }

    public void Dispose()
    {
        _root.Dispose();
        _data.Dispose();
        _tempRoot.Dispose();
    }

    [Fact]
    public async Task With_adjudicate_the_figures_come_again_with_what_the_model_calls_no_conflict_set_aside()
    {
        // The model says the one dispute (85% against 90%) is two scopes: with its verdict the queue is empty.
        using var server = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict()));
        var environment = new Dictionary<string, string> { ["PIPELINE_LLM_ENDPOINT"] = server.Endpoint, ["PIPELINE_LLM_MODEL"] = "test-model" };

        var run = await RunAsync(AnnotatedFolder.Write(_root), environment, "--adjudicate");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var request = Assert.Single(server.Requests);
        Assert.Contains("85%", request.Text, StringComparison.Ordinal);
        Assert.Contains("conflicts recall 1.00 (2/2)  flagged 1 (annotated both sides 1, one side 0, none 0; correct 1: precision 1.00)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("model    test-model: 1 verdicts (1 asked, 0 from the cache, 0 invalid, 0 failed; 1 requests, 120 tokens)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("model    1 of 1 disputes set aside", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("conflicts with the model recall 0.00 (0/2)  flagged 0", run.Stdout, StringComparison.Ordinal);

        var json = JsonDocument.Parse((await RunAsync(AnnotatedFolder.Write(_root), environment, "--adjudicate", "--json")).Stdout).RootElement;
        var withModel = json.GetProperty("withModel");
        Assert.Equal(("test-model", 1, 0, 1), (withModel.GetProperty("model").GetString(), Int(withModel, "setAside"),
            Int(withModel.GetProperty("conflicts"), "flagged"), Int(json.GetProperty("conflicts"), "flagged")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tempRoot.Path));
    }

    [Fact]
    public async Task With_adjudicate_and_no_model_it_says_so_once_and_gives_the_rules_figures()
    {
        var environment = new Dictionary<string, string> { ["PIPELINE_LLM_ENDPOINT"] = "" };

        var run = await RunAsync(AnnotatedFolder.Write(_root), environment, "--adjudicate");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Single(run.ErrorLines, l => l.Contains("--adjudicate: no model configured", StringComparison.Ordinal));
        Assert.Contains("conflicts recall 1.00 (2/2)  flagged 1", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("model", run.Stdout, StringComparison.Ordinal);
    }

    private Task<PipelineProcess.Result> RunAsync(string folder, params string[] options) =>
        RunAsync(folder, new Dictionary<string, string>(), options);

    private Task<PipelineProcess.Result> RunAsync(string folder, Dictionary<string, string> environment, params string[] options)
    {
        environment["PIPELINE_EVAL_TEMP"] = _tempRoot.Path;
        return PipelineProcess.RunWithEnvironmentAsync(environment, _data.Path, ["eval", "conflicts", folder, .. options]);
    }

    private void AssertBadInput(PipelineProcess.Result run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tempRoot.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Path));
    }

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
