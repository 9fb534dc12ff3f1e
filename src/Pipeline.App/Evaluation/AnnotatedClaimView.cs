namespace Pipeline.App.Evaluation;

/// <summary>An annotated claim as a failure list shows it.</summary>
public sealed record AnnotatedClaimView(string Id, string File, string Quote, string Subject, string Measure, string Value)
{
    public static AnnotatedClaimView Of(AnnotatedClaim claim) =>
        new(claim.Id, claim.File, claim.Quote, claim.Subject, claim.Measure, claim.Value.ToString());
}
