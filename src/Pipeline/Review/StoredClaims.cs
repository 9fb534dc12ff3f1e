using Pipeline.Claims;
using Pipeline.CrossCheck;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Review;

/// <summary>Stored claims as the cross-check reads them.</summary>
public static class StoredClaims
{
    /// <summary>The stored claim as the pass reads it; null when it carries no value to compare.</summary>
    /// <param name="presentYears">How many years up to its document's date a present-tense figure speaks of (<see cref="CrossCheckOptions.PresentYears"/>).</param>
    public static CrossCheckClaim? Read(ClaimRecord claim, int presentYears)
    {
        ArgumentNullException.ThrowIfNull(claim);
        double? low, high;
        (string Unit, Qualifier Qualifier, string? Stated) kind;
        (DateOnly? From, DateOnly? To) time;
        var presentTense = false;
        if (claim.DateFrom is { } from)
        {
            var to = claim.DateTo ?? from;
            (low, high, kind, time) = (from.DayNumber, to.DayNumber, (CrossCheckClaim.DateUnit, from == to ? Qualifier.Exact : Qualifier.Range, null), (claim.TimeFrom, claim.TimeTo));
        }
        else if (claim.Unit is null || (claim.Low is null && claim.High is null))
        {
            return null;
        }
        else
        {
            (low, high, kind) = (claim.Low, claim.High, (claim.Unit, claim.Qualifier ?? Qualifier.Exact, claim.StatedUnit));
            presentTense = claim.TimeFrom is null && claim.AsOf is not null;
            time = presentTense
                ? (new DateOnly(claim.AsOf!.Value.Year - presentYears, 1, 1), claim.AsOf.Value)
                : (claim.TimeFrom, claim.TimeTo);
        }
        return new(claim.Id, claim.DocumentId, claim.Subject, claim.Attribute, low, high, kind.Unit, kind.Qualifier, kind.Stated,
            time.From, time.To, claim.Fingerprint, claim.Start)
        {
            Scope = claim.Scope,
            Modality = claim.Modality ?? Modality.Actual,
            SentenceStart = claim.SentenceStart,
            PresentTense = presentTense,
        };
    }
}
