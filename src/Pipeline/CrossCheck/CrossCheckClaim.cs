using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.CrossCheck;

/// <summary>
/// A claim as the cross-check reads it: its block key, its value as an interval in a canonical
/// unit (a date value as day numbers, unit <see cref="DateUnit"/>), and the time it is about.
/// </summary>
/// <param name="Low">Lower bound; null is open (less than).</param>
/// <param name="High">Upper bound; null is open (more than).</param>
/// <param name="TimeFrom">The time the claim is about; null when the sentence names none (then it can overlap any time).</param>
public sealed record CrossCheckClaim(
    long Id,
    int DocumentId,
    string Subject,
    string Attribute,
    double? Low,
    double? High,
    string Unit,
    Qualifier Qualifier,
    string? StatedUnit,
    DateOnly? TimeFrom,
    DateOnly? TimeTo,
    string Fingerprint = "",
    int Start = 0)
{
    /// <summary>The unit of date-valued claims (announced, takes effect): bounds are <see cref="DateOnly.DayNumber"/>.</summary>
    public const string DateUnit = "date";

    public bool IsDate => Unit == DateUnit;

    /// <summary>The stored claim as the pass reads it; null when it carries no value to compare.</summary>
    public static CrossCheckClaim? From(ClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.DateFrom is { } from)
        {
            var to = claim.DateTo ?? from;
            return new(claim.Id, claim.DocumentId, claim.Subject, claim.Attribute, from.DayNumber, to.DayNumber, DateUnit,
                from == to ? Qualifier.Exact : Qualifier.Range, null, claim.TimeFrom, claim.TimeTo, claim.Fingerprint, claim.Start);
        }
        if (claim.Unit is null || (claim.Low is null && claim.High is null))
        {
            return null;
        }
        return new(claim.Id, claim.DocumentId, claim.Subject, claim.Attribute, claim.Low, claim.High, claim.Unit,
            claim.Qualifier ?? Qualifier.Exact, claim.StatedUnit, claim.TimeFrom, claim.TimeTo, claim.Fingerprint, claim.Start);
    }

    /// <summary>Whether the times two claims are about can overlap: an unknown time overlaps any.</summary>
    public bool TimeCanOverlap(CrossCheckClaim other) =>
        TimeFrom is null || other.TimeFrom is null
        || (TimeFrom <= (other.TimeTo ?? other.TimeFrom) && other.TimeFrom <= (TimeTo ?? TimeFrom));
}
