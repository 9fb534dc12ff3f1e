namespace Pipeline.App.Evaluation;

/// <summary>A trap or agree pair a flagged item covers: a false alarm, with the item's two claims.</summary>
public sealed record FlaggedPair(string Pair, string Kind, long Item, PipelineClaimView A, PipelineClaimView B);
