using System.CommandLine;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Storage;

namespace Pipeline.App.Commands;

/// <summary>`pipeline runs`: the record of scheduled ingestion runs, newest first, with their errors.</summary>
public static class RunsCommand
{
    private static readonly Option<int> Limit = new("--limit")
    {
        Description = "How many runs to list",
        DefaultValueFactory = _ => 20,
    };

    public static Command Create()
    {
        var command = new Command("runs", "List ingestion runs, newest first: times, status, counts and each error");
        command.Options.Add(Limit);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var limit = parse.GetValue(Limit);
        if (limit < 1)
        {
            throw new CommandException("--limit must be at least 1", ExitCodes.BadUsage);
        }
        using var host = PipelineHost.From(parse);
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var runs = await new IngestionRunStore(db).ListAsync(limit, ct);
        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(runs.Select(RunText.ToJson));
            return ExitCodes.Success;
        }
        if (runs.Count == 0)
        {
            Console.Out.WriteLine("no ingestion runs yet");
        }
        foreach (var line in runs.SelectMany(RunText.Lines))
        {
            Console.Out.WriteLine(line);
        }
        return ExitCodes.Success;
    }
}
