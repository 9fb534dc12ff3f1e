using Pipeline.App.Output;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>A Pipeline claim as a failure list shows it, with the annotated claim it maps to, if any.</summary>
public sealed record PipelineClaimView(long Id, string File, string Subject, string Attribute, string Value, string Sentence, string? Annotated)
{
    public static PipelineClaimView Of(ClaimRecord claim, string file, AnnotatedClaim? annotated) =>
        new(claim.Id, file, claim.Subject, claim.Attribute, ClaimText.Value(claim), claim.Sentence, annotated?.Id);
}
