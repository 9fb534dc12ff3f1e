using Hangfire;
using Pipeline.CrossCheck;
using Pipeline.Review;

namespace Pipeline.Jobs;

/// <summary>
/// The cross-check as a Hangfire job, run after each ingestion. Safe to retry: review items are
/// identified by their pair of claim fingerprints, so a second pass duplicates nothing.
/// </summary>
public sealed class CrossCheckJob(CrossCheckService crossCheck)
{
    /// <param name="ct">Hangfire passes the server's shutdown token here.</param>
    [DisableConcurrentExecution(timeoutInSeconds: JobLimits.LockTimeoutSeconds)]
    [AutomaticRetry(Attempts = JobLimits.RetryAttempts)]
    public async Task<CrossCheckSummary> RunAsync(CancellationToken ct) =>
        CrossCheckSummary.From(await crossCheck.RunAsync(ct));
}
