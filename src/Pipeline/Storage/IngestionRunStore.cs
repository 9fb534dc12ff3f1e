using Microsoft.EntityFrameworkCore;
using Pipeline.Sources;

namespace Pipeline.Storage;

/// <summary>The record of ingestion runs: started as Running, completed at the end, listed newest first.</summary>
public sealed class IngestionRunStore(PipelineDbContext db)
{
    public async Task<IngestionRun> StartAsync(string trigger, CancellationToken ct = default)
    {
        var run = new IngestionRun { Trigger = trigger, Status = IngestionRunStatus.Running, StartedAt = Clock.UtcNowInMicroseconds() };
        db.IngestionRuns.Add(run);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return run;
    }

    /// <summary>Stores the run's outcome: its status, counts and errors, finished now.</summary>
    public async Task FinishAsync(IngestionRun run, IngestionRunStatus status, IngestReport report, CancellationToken ct = default)
    {
        run.Status = status;
        run.FinishedAt = Clock.UtcNowInMicroseconds();
        run.New = report.New;
        run.Updated = report.Updated;
        run.Unchanged = report.Unchanged;
        run.Failed = report.Failed;
        run.WriteErrors(report.Failures);
        db.IngestionRuns.Update(run);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Stores a run that stopped on <paramref name="reason"/> as failed: what it did so far, and why it stopped.</summary>
    public Task FinishStoppedAsync(IngestionRun run, IngestReport soFar, Exception reason, CancellationToken ct = default) =>
        FinishAsync(run, IngestionRunStatus.Failed, soFar with { Failures = [.. soFar.Failures, new IngestFailure("run", Why(reason))] }, ct);

    private static string Why(Exception reason) => reason is OperationCanceledException ? "cancelled" : $"stopped: {reason.Message}";

    public Task<IngestionRun?> FindAsync(long id, CancellationToken ct = default) =>
        db.IngestionRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The last <paramref name="limit"/> runs, newest first.</summary>
    public async Task<IReadOnlyList<IngestionRun>> ListAsync(int limit, CancellationToken ct = default) =>
        await db.IngestionRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(limit).ToListAsync(ct);
}
