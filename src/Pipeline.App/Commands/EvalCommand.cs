using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Evaluation;
using Pipeline.App.Output;
using Pipeline.CrossCheck;
using Pipeline.Extraction.Values;
using Pipeline.Index;
using Pipeline.Llm;

namespace Pipeline.App.Commands;

/// <summary>
/// `pipeline eval recognizers DIR`: Pipeline's value reader against outside test specifications.
/// `pipeline eval conflicts DIR`: claims and flagged conflicts against an annotated folder.
/// `pipeline eval search QUERIES.tsv DIR`: search results against relevance judgements.
/// </summary>
public static class EvalCommand
{
    private static readonly Argument<DirectoryInfo> Directory = new("dir")
    {
        Description = "A Recognizers-Text Specs folder holding English/ and Chinese/ *Model.json files (read where they lie)",
    };

    private static readonly Option<bool> IncludeFlagged = new("--include-flagged")
    {
        Description = "Keep cases flagged NotSupported for other platforms in scope; only those naming dotnet stay out",
    };

    private static readonly Option<bool> ShowFailures = new("--failures")
    {
        Description = "List every failed case (input, expected, got); --json always lists them",
    };

    private static readonly Option<bool> Adjudicate = new("--adjudicate")
    {
        Description = "With a model configured (config/llm.yaml), ask it about the disputes and print the conflict figures again with those it calls not a conflict set aside",
    };

    private static readonly Argument<DirectoryInfo> AnnotatedDirectory = new("dir")
    {
        Description = "An annotated folder: articles/, claims.tsv, pairs.tsv, optionally sources.tsv (read where they lie)",
    };

    private static readonly Argument<FileInfo> Queries = new("queries")
    {
        Description = "A tab-separated table of judged queries: id, query, relevant (article files, relative to DIR, separated by spaces)",
    };

    private static readonly Argument<DirectoryInfo> ArticlesDirectory = new("dir")
    {
        Description = "The folder of articles the judgements speak of (read where it lies)",
    };

    public static Command Create()
    {
        var recognizers = new Command("recognizers", "Run the money, weight/length and percentage readers over Microsoft Recognizers-Text specs. "
            + RecognizersEvaluator.ScopeDescription);
        recognizers.Arguments.Add(Directory);
        recognizers.Options.Add(IncludeFlagged);
        recognizers.Options.Add(ShowFailures);
        recognizers.Options.Add(CommonOptions.Json);
        recognizers.SetAction(Run);

        var conflicts = new Command("conflicts", "Ingest an annotated folder into a temporary data directory, cross-check it, "
            + "and score the claims (precision, recall per script) and the flagged conflicts against the annotated claims and pairs");
        conflicts.Arguments.Add(AnnotatedDirectory);
        conflicts.Options.Add(ShowFailures);
        conflicts.Options.Add(Adjudicate);
        conflicts.Options.Add(CommonOptions.Json);
        conflicts.SetAction(RunConflictsAsync);

        var eval = new Command("eval", "Measure Pipeline's readers against outside test data");
        eval.Subcommands.Add(recognizers);
        eval.Subcommands.Add(conflicts);

        var search = new Command("search", "Ingest a folder of articles into a temporary data directory, run each judged query, "
            + "and score the results: R-precision and recall at 10 per query");
        search.Arguments.Add(Queries);
        search.Arguments.Add(ArticlesDirectory);
        search.Options.Add(CommonOptions.Json);
        search.SetAction(RunSearchAsync);
        eval.Subcommands.Add(search);
        return eval;
    }

    private static int Run(ParseResult parse)
    {
        var directory = parse.GetValue(Directory)!;
        if (!directory.Exists)
        {
            throw new CommandException($"{directory.FullName}: no such directory", ExitCodes.BadUsage);
        }
        var units = UnitTable.LoadDefault();
        var evaluator = new RecognizersEvaluator(new ValueExtractor(units), units.CurrencyCodes, parse.GetValue(IncludeFlagged));
        var report = evaluator.Run(directory.FullName);
        if (report.Files.Count == 0)
        {
            throw new CommandException($"{directory.FullName}: no English/ or Chinese/ *Model.json spec files", ExitCodes.BadUsage);
        }
        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(report);
            return ExitCodes.Success;
        }
        Print(report, parse.GetValue(ShowFailures));
        return ExitCodes.Success;
    }

    private static async Task<int> RunConflictsAsync(ParseResult parse, CancellationToken ct)
    {
        var directory = parse.GetValue(AnnotatedDirectory)!.FullName;
        DevSet set;
        try
        {
            set = DevSet.Load(directory);
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message, ExitCodes.BadUsage);
        }
        var options = CrossCheckOptions.LoadDefault();
        LlmOptions? llm = null;
        if (parse.GetValue(Adjudicate))
        {
            llm = LlmOptions.Load(ConfigFolder.Locate());
            if (!llm.IsConfigured)
            {
                // One line, and the run goes on: the rules' figures are still worth having.
                Console.Error.WriteLine($"eval: --adjudicate: no model configured (no endpoint in {LlmOptions.FileName}, no ${LlmOptions.EndpointVariable}): the rules' figures only");
                llm = null;
            }
        }
        var corpus = await DevSetIngestion.RunAsync(set.ArticlesDirectory, options, Console.Error, ct, llm);
        var report = ConflictsEvaluator.Evaluate(directory, set, corpus);
        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(report);
            return ExitCodes.Success;
        }
        ConflictsEvalText.Write(Console.Out, report, parse.GetValue(ShowFailures));
        return ExitCodes.Success;
    }

    private static async Task<int> RunSearchAsync(ParseResult parse, CancellationToken ct)
    {
        var queries = parse.GetValue(Queries)!.FullName;
        var directory = parse.GetValue(ArticlesDirectory)!.FullName;
        IReadOnlyList<JudgedQuery> judged;
        try
        {
            judged = SearchJudgements.Load(queries, directory);
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message, ExitCodes.BadUsage);
        }
        var report = await DevSetIngestion.WithIngestedAsync(directory, Console.Error, (host, _) =>
        {
            var searcher = host.Get<DocumentSearcher>();
            IReadOnlyList<string> Rank(string query, int depth) =>
                [.. searcher.Search(new SearchRequest(query, Language: null, depth)).Hits
                    .Select(h => Path.GetRelativePath(directory, h.Source).Replace('\\', '/'))];
            return Task.FromResult(SearchEvaluator.Evaluate(queries, directory, judged, Rank));
        }, ct);
        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(report);
            return ExitCodes.Success;
        }
        SearchEvalText.Write(Console.Out, report);
        return ExitCodes.Success;
    }

    private static void Print(EvalReport report, bool failures)
    {
        var output = Console.Out;
        foreach (var file in report.Files)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.File,-30} cases {file.Cases,4}  in scope {file.InScope,4}  passed {file.Passed,4}  {file.PassRate,5:0.0}%"));
            foreach (var (reason, count) in file.OutOfScope)
            {
                output.WriteLine($"    out of scope {count,4}: {reason}");
            }
            if (!failures)
            {
                continue;
            }
            foreach (var failure in file.Failures)
            {
                output.WriteLine($"    FAIL {failure.Input}");
                output.WriteLine($"         expected: {string.Join("; ", failure.Expected)}");
                output.WriteLine($"         got:      {(failure.Got.Count == 0 ? "nothing" : string.Join("; ", failure.Got))}");
            }
        }
        foreach (var skipped in report.SkippedFiles)
        {
            output.WriteLine($"skipped {skipped}");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"total",-30} cases {report.Cases,4}  in scope {report.InScope,4}  passed {report.Passed,4}  {report.PassRate,5:0.0}%"));
    }
}
