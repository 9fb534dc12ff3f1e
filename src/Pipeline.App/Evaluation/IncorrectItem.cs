namespace Pipeline.App.Evaluation;

/// <summary>A flagged item whose two sides map to annotated claims that do not conflict.</summary>
public sealed record IncorrectItem(long Item, string Reason, PipelineClaimView A, PipelineClaimView B);
