namespace Pipeline.Jobs;

/// <summary>What a finished chain returned: the recorded ingestion run, and the cross-check that followed it.</summary>
public sealed record IngestionChainResult(long RunId, CrossCheckSummary CrossCheck);
