using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Llm;

namespace Pipeline.App.Commands;

/// <summary>`pipeline adjudicate`: asks the configured model (config/llm.yaml) for a verdict on each open dispute without one.</summary>
public static class AdjudicateCommand
{
    private static readonly Option<int?> Limit = new("--limit") { Description = "Ask about at most this many disputes (with --extract: sentences)" };

    private static readonly Option<bool> Extract = new("--extract")
    {
        Description = "Instead, ask for the claims of sentences with a value and a lexicon entity that the rules read none from",
    };

    public static Command Create()
    {
        var command = new Command("adjudicate", "Ask the configured language model for a second opinion on open disputes (config/llm.yaml)");
        command.Options.Add(Limit);
        command.Options.Add(Extract);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        var json = parse.GetValue(CommonOptions.Json);
        if (parse.GetValue(Limit) is < 0)
        {
            throw new CommandException("--limit cannot be negative", ExitCodes.BadUsage);
        }
        var options = host.Get<LlmOptions>();
        if (!options.IsConfigured)
        {
            if (json)
            {
                JsonOutput.Write(new { Configured = false, Model = (string?)null, Asked = 0, Cached = 0, Stored = 0, Invalid = 0, Failed = 0, NotAsked = 0, Requests = 0, Tokens = 0 });
            }
            else
            {
                Console.Out.WriteLine($"no model configured (no endpoint in {LlmOptions.FileName}, no ${LlmOptions.EndpointVariable}): nothing was sent");
            }
            return ExitCodes.Success;
        }
        if (parse.GetValue(Extract))
        {
            var help = await host.GetWithDatabaseAsync<ExtractionHelpService>(ct);
            WriteReport(await help.RunAsync(parse.GetValue(Limit), ct), options.Model, json);
            return ExitCodes.Success;
        }
        var service = await host.GetWithDatabaseAsync<AdjudicationService>(ct);
        var report = await service.RunAsync(parse.GetValue(Limit), ct);

        if (json)
        {
            JsonOutput.Write(new
            {
                Configured = true,
                options.Model,
                report.Waiting,
                report.Asked,
                report.Cached,
                report.Stored,
                report.Invalid,
                report.Failed,
                report.NotAsked,
                report.Requests,
                report.Tokens,
                report.Stopped,
                report.Problems,
            });
            return ExitCodes.Success;
        }
        var invariant = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(invariant,
            $"{report.Waiting:N0} open disputes without a verdict; asked {options.Model} about {report.Asked:N0}, {report.Cached:N0} answered from the cache: {report.Stored:N0} verdicts stored, {report.Invalid:N0} invalid answers discarded, {report.Failed:N0} failed"));
        WriteCost(report.Requests, report.Tokens, report.Stopped, report.NotAsked, "disputes", report.Problems);
        return ExitCodes.Success;
    }

    private static void WriteReport(ExtractionHelpReport report, string model, bool json)
    {
        if (json)
        {
            JsonOutput.Write(new
            {
                Configured = true,
                Model = model,
                report.Sentences,
                report.Asked,
                report.Cached,
                report.Stored,
                report.Discarded,
                report.Invalid,
                report.Failed,
                report.NotAsked,
                report.Requests,
                report.Tokens,
                report.Stopped,
                report.Problems,
            });
            return;
        }
        var invariant = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(invariant,
            $"{report.Sentences:N0} sentences with a value and an entity but no claim; asked {model} about {report.Asked:N0}, {report.Cached:N0} answered from the cache: {report.Stored:N0} claims stored (marked as the model's), {report.Discarded:N0} proposed claims discarded, {report.Invalid:N0} invalid answers, {report.Failed:N0} failed"));
        WriteCost(report.Requests, report.Tokens, report.Stopped, report.NotAsked, "sentences", report.Problems);
    }

    /// <summary>What a run cost, why it stopped early if it did (<paramref name="left"/> questions about <paramref name="what"/> left), and its problems, one a line.</summary>
    private static void WriteCost(int requests, long tokens, string? stopped, int left, string what, IReadOnlyList<string> problems)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(invariant, $"{requests:N0} requests, {tokens:N0} tokens"));
        if (stopped is not null)
        {
            Console.Out.WriteLine(string.Create(invariant, $"stopped: {stopped}; {left:N0} {what} left for the next run"));
        }
        foreach (var problem in problems)
        {
            Console.Out.WriteLine(problem);
        }
    }
}
