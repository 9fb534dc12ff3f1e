using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.CrossCheck;
using Pipeline.Review;
using Pipeline.Storage;

namespace Pipeline.App.Commands;

/// <summary>`pipeline crosscheck`: compares every stored claim with the others of its block, now, and updates the review queue.</summary>
public static class CrossCheckCommand
{
    public static Command Create()
    {
        var command = new Command("crosscheck", "Cross-check claims (same subject and attribute, in one unit) and put the conflicts in the review queue");
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        var report = await (await host.GetWithDatabaseAsync<CrossCheckService>(ct)).RunAsync(ct);
        var (result, review) = (report.Result, report.Review);

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(new
            {
                result.Claims,
                result.Blocks,
                result.PairsCompared,
                Corroborations = result.CorroboratingPairs,
                result.ConflictingPairs,
                Conflicts = review.Found,
                NewConflicts = review.New,
                review.Reopened,
                review.Known,
                review.Stale,
                Disputes = report.Disputes,
                PassMs = Math.Round(result.Elapsed.TotalMilliseconds, 1),
                ElapsedMs = Math.Round(report.Elapsed.TotalMilliseconds, 1),
            });
            return ExitCodes.Success;
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(invariant,
            $"{result.Claims:N0} claims in {result.Blocks:N0} blocks: {result.PairsCompared:N0} pairs compared, {result.CorroboratingPairs:N0} corroborate, {result.ConflictingPairs:N0} conflict"));
        Console.Out.WriteLine(CrossCheckText.ReviewLine(review));
        Console.Out.WriteLine(CrossCheckText.DisputesLine(report.Disputes));
        Console.Out.WriteLine(string.Create(invariant,
            $"took {report.Elapsed.TotalSeconds:0.00} s (pass {result.Elapsed.TotalMilliseconds:0} ms)"));
        return ExitCodes.Success;
    }
}
