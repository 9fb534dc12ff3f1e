using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Jobs;
using Pipeline.Llm;
using Pipeline.Storage;

namespace Pipeline.App.Commands;

/// <summary>
/// `pipeline ingest-now`: the nightly jobs, now: the run over the configured sources
/// (config/sources.yaml), then the cross-check, run by a Hangfire server in this process.
/// </summary>
public static class IngestNowCommand
{
    public static Command Create()
    {
        var command = new Command("ingest-now", "Ingest the configured drop folders and feeds (config/sources.yaml) now, record the run, then cross-check");
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        await host.Data.EnsureDatabaseAsync(ct);
        var llm = host.Get<LlmOptions>();
        // Built once here, so a bad config file stops the command before a job is enqueued.
        _ = host.Get<IngestionJob>();
        _ = host.Get<CrossCheckJob>();
        if (llm.IsConfigured)
        {
            _ = host.Get<AdjudicationJob>();
        }

        var result = await RunJobsAsync(host, llm.IsConfigured, ct);
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var run = await new IngestionRunStore(db).FindAsync(result.RunId, ct)
            ?? throw new CommandException($"ingestion run #{result.RunId} is not in the database");

        if (parse.GetValue(CommonOptions.Json))
        {
            var json = (JsonObject)JsonSerializer.SerializeToNode(RunText.ToJson(run), JsonOutput.Options)!;
            json["crosscheck"] = JsonSerializer.SerializeToNode(result.CrossCheck, JsonOutput.Options);
            json["adjudication"] = JsonSerializer.SerializeToNode(result.Adjudication, JsonOutput.Options);
            JsonOutput.Write(json);
        }
        else
        {
            foreach (var line in RunText.Lines(run))
            {
                Console.Out.WriteLine(line);
            }
            var crossCheck = result.CrossCheck;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cross-check: {crossCheck.Claims:N0} claims in {crossCheck.Blocks:N0} blocks; {CrossCheckText.ReviewLine(crossCheck.Review)}"));
            if (crossCheck.Disputes is { } disputes)
            {
                Console.Out.WriteLine($"cross-check: {CrossCheckText.DisputesLine(disputes)}");
            }
            if (result.Adjudication is { } adjudication)
            {
                Console.Out.WriteLine($"adjudication: {AdjudicationText.Summary(llm.Model, adjudication)}");
            }
        }
        return run.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>
    /// Enqueues the ingestion and its cross-check and waits for both, with a Hangfire server here
    /// for the duration. On PostgreSQL job storage a `serve` elsewhere may take them; that is fine.
    /// </summary>
    private static async Task<IngestionChainResult> RunJobsAsync(PipelineHost host, bool adjudicate, CancellationToken ct)
    {
        var jobStorage = PipelineJobStorage.Create(host.Paths.Storage);
        try
        {
            // Hangfire's own activator over the command's container, as `serve` has it.
            var activator = new AspNetCoreJobActivator(host.Get<IServiceScopeFactory>());
            using var server = new BackgroundJobServer(PipelineJobStorage.ServerOptions(activator), jobStorage);
            var chain = IngestionChain.Enqueue(new BackgroundJobClient(jobStorage), NightlySchedule.ManualTrigger, adjudicate);
            return await chain.WaitAsync(jobStorage, ct);
        }
        catch (JobFailedException e)
        {
            throw new CommandException(e.Message);
        }
        finally
        {
            (jobStorage as IDisposable)?.Dispose();
        }
    }
}
