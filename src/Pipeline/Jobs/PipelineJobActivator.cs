using Hangfire;

namespace Pipeline.Jobs;

/// <summary>
/// Hands Hangfire the job objects, built once over one workspace (its database, index and config):
/// the ingestion, the cross-check and, when a model is configured, the adjudication. The jobs hold
/// no state of their own, so one instance serves every run.
/// </summary>
public sealed class PipelineJobActivator(IngestionJob ingestion, CrossCheckJob crossCheck, AdjudicationJob? adjudication = null) : JobActivator
{
    /// <summary>Whether the chain ends with the adjudication: a model is configured.</summary>
    public bool Adjudicates => adjudication is not null;

    /// <summary>The adjudicating model's name; empty when none.</summary>
    public string Model => adjudication?.Model ?? "";

    public override object ActivateJob(Type jobType) =>
        jobType == typeof(IngestionJob) ? ingestion
        : jobType == typeof(CrossCheckJob) ? crossCheck
        : jobType == typeof(AdjudicationJob) && adjudication is not null ? adjudication
        : base.ActivateJob(jobType);
}
