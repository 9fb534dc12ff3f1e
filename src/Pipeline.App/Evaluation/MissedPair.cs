namespace Pipeline.App.Evaluation;

/// <summary>An annotated conflict pair no flagged item covers.</summary>
public sealed record MissedPair(string Pair, AnnotatedClaimView A, AnnotatedClaimView B);
