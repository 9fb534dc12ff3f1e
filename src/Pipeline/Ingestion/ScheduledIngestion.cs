using System.Runtime.ExceptionServices;
using Pipeline.Sources;
using Pipeline.Sources.Feeds;
using Pipeline.Storage;

namespace Pipeline.Ingestion;

/// <summary>
/// One run over the configured sources (every drop folder, then every feed), recorded as an
/// <see cref="IngestionRun"/>: stored as Running first, so a run that crashes stays visible as unfinished.
/// </summary>
public sealed class ScheduledIngestion(Func<PipelineDbContext> openDatabase, IngestionService ingestion, FeedReader feeds, SourcesOptions sources)
{
    public async Task<IngestionRun> RunAsync(string trigger, CancellationToken ct = default)
    {
        IngestionRun run;
        await using (var db = openDatabase())
        {
            run = await new IngestionRunStore(db).StartAsync(trigger, ct);
        }
        var total = IngestReport.None;
        try
        {
            var missing = sources.DropFolders.Where(f => !Directory.Exists(f)).ToList();
            total = Add(total, new IngestReport(0, 0, 0, [.. missing.Select(f => new IngestFailure(f, "no such folder"))], 0));
            var unreadable = new List<string>();
            var files = SourceFiles.Expand(sources.DropFolders.Except(missing), unreadable.Add).ToList();
            total = Add(total, new IngestReport(0, 0, 0, [.. unreadable.Select(f => new IngestFailure(f, SourceFiles.UnreadableFolder))], 0));
            total = Add(total, await ingestion.IngestAsync(files, null, ct));
            foreach (var feed in sources.Feeds)
            {
                var read = await feeds.ReadAsync(feed, ct);
                var report = await ingestion.IngestFetchedAsync(read.Documents, null, ct);
                total = Add(total, report with { Failures = [.. read.Failures, .. report.Failures] });
            }
        }
        catch (Exception e)
        {
            var (soFar, cause) = IngestStoppedException.Unwrap(e);
            await FinishStoppedAsync(Add(total, soFar), cause);
            ExceptionDispatchInfo.Throw(cause);
        }
        await using (var db = openDatabase())
        {
            await new IngestionRunStore(db).FinishAsync(run, IngestionRunStatus.Succeeded, total, ct);
        }
        return run;

        async Task FinishStoppedAsync(IngestReport soFar, Exception reason)
        {
            await using var db = openDatabase();
            await new IngestionRunStore(db).FinishStoppedAsync(run, soFar, reason, CancellationToken.None);
        }
    }

    private static IngestReport Add(IngestReport a, IngestReport b) => new(
        a.New + b.New, a.Updated + b.Updated, a.Unchanged + b.Unchanged, [.. a.Failures, .. b.Failures], a.Characters + b.Characters);
}
