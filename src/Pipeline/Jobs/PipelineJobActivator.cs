using Hangfire;

namespace Pipeline.Jobs;

/// <summary>
/// Hands Hangfire the two job objects, built once over one workspace (its database, index and
/// config). The jobs hold no state of their own, so one instance serves every run.
/// </summary>
public sealed class PipelineJobActivator(IngestionJob ingestion, CrossCheckJob crossCheck) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        jobType == typeof(IngestionJob) ? ingestion
        : jobType == typeof(CrossCheckJob) ? crossCheck
        : base.ActivateJob(jobType);
}
