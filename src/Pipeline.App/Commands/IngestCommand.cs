using System.CommandLine;
using System.Runtime.ExceptionServices;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.App.Commands;

/// <summary>`pipeline ingest PATH...`: files and folders into the database and the index.</summary>
public static class IngestCommand
{
    private static readonly Argument<string[]> Paths = new("path")
    {
        Description = "Files or folders (walked recursively): .txt .md .html .htm .pdf",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Command Create()
    {
        var command = new Command("ingest", "Read, normalize, store and index documents; the same content twice is one document");
        command.Arguments.Add(Paths);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var paths = parse.GetValue(Paths) ?? [];
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        var unreadable = new List<string>();
        var files = SourceFiles.Expand(paths.Except(missing), unreadable.Add).ToList();

        using var host = PipelineHost.From(parse);
        var ingestion = await host.GetWithDatabaseAsync<IngestionService>(ct);
        // Recorded like the scheduled runs, so `runs` and the web UI list every ingestion.
        IngestionRun run;
        await using (var db = await host.Data.OpenDatabaseAsync(ct))
        {
            run = await new IngestionRunStore(db).StartAsync(Trigger, ct);
        }
        async Task FinishAsync(Func<IngestionRunStore, Task> finish)
        {
            await using var db = await host.Data.OpenDatabaseAsync(CancellationToken.None);
            await finish(new IngestionRunStore(db));
        }

        IngestReport report;
        try
        {
            report = await WithProgress(files.Count, progress => ingestion.IngestAsync(files, progress, ct));
        }
        catch (Exception e)
        {
            var (soFar, cause) = IngestStoppedException.Unwrap(e);
            await FinishAsync(store => store.FinishStoppedAsync(run, soFar, cause, CancellationToken.None));
            ExceptionDispatchInfo.Throw(cause);
            throw;
        }
        var failures = missing.Select(p => new IngestFailure(Path.GetFullPath(p), SourceFiles.MissingReason(p)))
            .Concat(unreadable.Select(f => new IngestFailure(f, SourceFiles.UnreadableFolder)))
            .Concat(report.Failures)
            .ToList();
        await FinishAsync(store => store.FinishAsync(run, IngestionRunStatus.Succeeded, report with { Failures = failures }, CancellationToken.None));

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(new
            {
                report.New,
                report.Updated,
                report.Unchanged,
                Failed = failures.Count,
                Failures = failures.Select(f => new { Source = PipelinePaths.Display(f.Source), f.Reason }),
            });
        }
        else
        {
            Console.Out.WriteLine($"{files.Count + missing.Count + unreadable.Count} sources: {report.New} new, {report.Updated} updated, {report.Unchanged} unchanged, {failures.Count} failed");
        }
        foreach (var failure in failures)
        {
            Terminal.Fail($"{PipelinePaths.Display(failure.Source)}: {failure.Reason}");
        }
        return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>How `runs` names a run of this command.</summary>
    public const string Trigger = "ingest";

    internal static async Task<T> WithProgress<T>(int total, Func<IProgress<IngestProgress>?, Task<T>> work)
    {
        if (!Terminal.ShowsProgress || total == 0)
        {
            return await work(null);
        }
        return await Terminal.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("documents", maxValue: total);
                return await work(new Progress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(p.Total, 1);
                    task.Value = p.Done;
                }));
            });
    }
}
