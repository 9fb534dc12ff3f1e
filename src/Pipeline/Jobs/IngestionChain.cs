using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Pipeline.Jobs;

/// <summary>The two jobs of one trigger: the ingestion, then the cross-check as its continuation (run only if the ingestion succeeded).</summary>
public sealed record IngestionChain(string IngestionJobId, string CrossCheckJobId)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // Scheduled: a failed attempt waiting for its retry, which a waiting caller does not sit through.
    private static readonly HashSet<string> GaveUp = [FailedState.StateName, ScheduledState.StateName, DeletedState.StateName];

    public static IngestionChain Enqueue(IBackgroundJobClient client, string trigger)
    {
        ArgumentNullException.ThrowIfNull(client);
        var ingestion = client.Enqueue<IngestionJob>(job => job.RunAsync(trigger, CancellationToken.None));
        var crossCheck = client.ContinueJobWith<CrossCheckJob>(ingestion, job => job.RunAsync(CancellationToken.None));
        return new IngestionChain(ingestion, crossCheck);
    }

    /// <summary>
    /// Waits until both jobs succeeded (whichever server runs them) and returns their results. A
    /// job that fails (or waits for a retry) is a <see cref="JobFailedException"/>.
    /// </summary>
    public async Task<IngestionChainResult> WaitAsync(JobStorage storage, CancellationToken ct = default)
    {
        var ingestion = await SucceededAsync(storage, IngestionJobId, "ingestion", ct);
        var crossCheck = await SucceededAsync(storage, CrossCheckJobId, "cross-check", ct);
        return new IngestionChainResult(
            SerializationHelper.Deserialize<long>(ingestion.Data["Result"]),
            SerializationHelper.Deserialize<CrossCheckSummary>(crossCheck.Data["Result"]));
    }

    private static async Task<StateData> SucceededAsync(JobStorage storage, string jobId, string name, CancellationToken ct)
    {
        while (true)
        {
            using (var connection = storage.GetConnection())
            {
                var state = connection.GetStateData(jobId);
                if (state?.Name == SucceededState.StateName)
                {
                    return state;
                }
                if (state is not null && GaveUp.Contains(state.Name))
                {
                    var reason = state.Data.TryGetValue("ExceptionMessage", out var message) ? message : state.Reason;
                    throw new JobFailedException($"the {name} job (#{jobId}) is {state.Name.ToLowerInvariant()}: {reason}");
                }
            }
            await Task.Delay(PollInterval, ct);
        }
    }
}
