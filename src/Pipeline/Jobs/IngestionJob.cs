using Hangfire;
using Pipeline.Ingestion;

namespace Pipeline.Jobs;

/// <summary>
/// The nightly ingestion as a Hangfire job: one recorded run over the configured sources. Safe to
/// retry, because ingestion is idempotent (the same content is one document).
/// </summary>
public sealed class IngestionJob(ScheduledIngestion ingestion)
{
    /// <summary>Runs over the sources and returns the id of the recorded <see cref="Storage.IngestionRun"/>.</summary>
    /// <param name="trigger">What started it: <see cref="NightlySchedule.NightlyTrigger"/> or <see cref="NightlySchedule.ManualTrigger"/>.</param>
    /// <param name="ct">Hangfire passes the server's shutdown token here.</param>
    [DisableConcurrentExecution(timeoutInSeconds: JobLimits.LockTimeoutSeconds)]
    [AutomaticRetry(Attempts = JobLimits.RetryAttempts)]
    public async Task<long> RunAsync(string trigger, CancellationToken ct)
    {
        var run = await ingestion.RunAsync(trigger, ct);
        return run.Id;
    }
}
