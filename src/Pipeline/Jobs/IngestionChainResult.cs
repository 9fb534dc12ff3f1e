using Pipeline.Llm;

namespace Pipeline.Jobs;

/// <summary>What a finished chain returned: the recorded ingestion run, and the cross-check that followed it.</summary>
public sealed record IngestionChainResult(long RunId, CrossCheckSummary CrossCheck)
{
    /// <summary>The adjudication after the cross-check; null when no model is configured (the chain had two jobs).</summary>
    public AdjudicationReport? Adjudication { get; init; }
}
