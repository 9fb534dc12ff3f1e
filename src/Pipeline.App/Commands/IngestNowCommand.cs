using System.CommandLine;
using Pipeline.App.Cli;
using Pipeline.App.Output;

namespace Pipeline.App.Commands;

/// <summary>`pipeline ingest-now`: one run over the configured sources (config/sources.yaml), now, in this process.</summary>
public static class IngestNowCommand
{
    public static Command Create()
    {
        var command = new Command("ingest-now", "Ingest the configured drop folders and feeds (config/sources.yaml) now, and record the run");
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var workspace = Workspace.From(parse);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Pipeline/1.0");
        Ingestion.ScheduledIngestion ingestion;
        try
        {
            ingestion = await workspace.ScheduledIngestionAsync(http, ct);
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message);
        }
        var run = await ingestion.RunAsync("manual", ct);
        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(RunText.ToJson(run));
        }
        else
        {
            foreach (var line in RunText.Lines(run))
            {
                Console.Out.WriteLine(line);
            }
        }
        return run.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
