namespace Pipeline.App.Evaluation;

/// <summary>An annotated claim no Pipeline claim states at its quote: why, and what Pipeline claimed there instead.</summary>
public sealed record MissedClaim(AnnotatedClaimView Claim, string Why, IReadOnlyList<PipelineClaimView> Overlapping);
