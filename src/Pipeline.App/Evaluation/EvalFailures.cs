namespace Pipeline.App.Evaluation;

/// <summary>Everything an evaluation counted against Pipeline, to read case by case.</summary>
public sealed record EvalFailures(
    IReadOnlyList<MissedClaim> MissedClaims,
    IReadOnlyList<PipelineClaimView> FalseClaims,
    IReadOnlyList<MissedPair> MissedConflicts,
    IReadOnlyList<FlaggedPair> FlaggedTrapsAndAgrees,
    IReadOnlyList<IncorrectItem> IncorrectItems);
