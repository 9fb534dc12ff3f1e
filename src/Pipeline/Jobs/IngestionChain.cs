using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Pipeline.Llm;

namespace Pipeline.Jobs;

/// <summary>
/// The jobs of one trigger: the ingestion, then the cross-check as its continuation (run only if the
/// ingestion succeeded), then, when a model is configured, the adjudication as the cross-check's.
/// </summary>
public sealed record IngestionChain(string IngestionJobId, string CrossCheckJobId, string? AdjudicationJobId = null)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // Scheduled: a failed attempt waiting for its retry, which a waiting caller does not sit through.
    private static readonly HashSet<string> GaveUp = [FailedState.StateName, ScheduledState.StateName, DeletedState.StateName];

    /// <param name="adjudicate">Whether to add the adjudication (a model is configured); without it the chain has two jobs.</param>
    public static IngestionChain Enqueue(IBackgroundJobClient client, string trigger, bool adjudicate = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        var ingestion = client.Enqueue<IngestionJob>(job => job.RunAsync(trigger, CancellationToken.None));
        var crossCheck = client.ContinueJobWith<CrossCheckJob>(ingestion, job => job.RunAsync(CancellationToken.None));
        var adjudication = adjudicate ? client.ContinueJobWith<AdjudicationJob>(crossCheck, job => job.RunAsync(CancellationToken.None)) : null;
        return new IngestionChain(ingestion, crossCheck, adjudication);
    }

    /// <summary>
    /// Waits until every job succeeded (whichever server runs them) and returns their results. A
    /// job that fails (or waits for a retry) is a <see cref="JobFailedException"/>.
    /// </summary>
    public async Task<IngestionChainResult> WaitAsync(JobStorage storage, CancellationToken ct = default)
    {
        var ingestion = await SucceededAsync(storage, IngestionJobId, "ingestion", ct);
        var crossCheck = await SucceededAsync(storage, CrossCheckJobId, "cross-check", ct);
        var adjudication = AdjudicationJobId is { } id ? await SucceededAsync(storage, id, "adjudication", ct) : null;
        return new IngestionChainResult(
            SerializationHelper.Deserialize<long>(ingestion.Data["Result"]),
            SerializationHelper.Deserialize<CrossCheckSummary>(crossCheck.Data["Result"]))
        {
            Adjudication = adjudication is null ? null : SerializationHelper.Deserialize<AdjudicationReport>(adjudication.Data["Result"]),
        };
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
