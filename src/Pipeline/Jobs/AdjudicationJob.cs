using Hangfire;
using Pipeline.Llm;

namespace Pipeline.Jobs;

/// <summary>
/// Adjudication as a Hangfire job, the third of the chain when a model is configured. Safe to retry:
/// it asks only about disputes without a verdict, and answers already given come from the cache. An
/// endpoint that is down is not a failure of the job: its result says why no verdicts came.
/// </summary>
public sealed class AdjudicationJob(AdjudicationService adjudication)
{
    public string Model => adjudication.Model;

    /// <param name="ct">Hangfire passes the server's shutdown token here.</param>
    [DisableConcurrentExecution(timeoutInSeconds: JobLimits.LockTimeoutSeconds)]
    [AutomaticRetry(Attempts = JobLimits.RetryAttempts)]
    public Task<AdjudicationReport> RunAsync(CancellationToken ct) => adjudication.RunAsync(ct: ct);
}
