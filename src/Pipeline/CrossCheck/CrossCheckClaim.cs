using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.CrossCheck;

/// <summary>
/// A claim as the cross-check reads it: its block key, its value as an interval in a canonical
/// unit (a date value as day numbers, unit <see cref="DateUnit"/>), and the time it is about.
/// </summary>
/// <param name="Low">Lower bound; null is open (less than).</param>
/// <param name="High">Upper bound; null is open (more than).</param>
/// <param name="TimeFrom">
/// The time the claim is about: the period its clause names, else (present tense) the years up to
/// its document's date; null when neither is known (then it can overlap any time).
/// </param>
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
    /// <summary>What narrows the measure; claims of different scopes are never compared.</summary>
    public string? Scope { get; init; }

    /// <summary>Actual, target, cap or forecast; claims meant differently are never compared.</summary>
    public Claims.Modality Modality { get; init; }

    /// <summary>Where the claim's sentence starts: figures of one sentence (a list) are never compared with each other.</summary>
    public int SentenceStart { get; init; }

    /// <summary>Whether the time is the present tense's (the years up to the document's date) rather than stated.</summary>
    public bool PresentTense { get; init; }

    public BlockKey Key => new(Subject, Attribute, Scope, Modality);

    /// <summary>The unit of date-valued claims (announced, takes effect): bounds are <see cref="DateOnly.DayNumber"/>.</summary>
    public const string DateUnit = "date";

    public bool IsDate => Unit == DateUnit;

    /// <summary>The stored claim as the pass reads it; null when it carries no value to compare.</summary>
    /// <param name="presentYears">How many years up to its document's date a present-tense figure speaks of (<see cref="CrossCheckOptions.PresentYears"/>).</param>
    public static CrossCheckClaim? From(ClaimRecord claim, int presentYears)
    {
        ArgumentNullException.ThrowIfNull(claim);
        double? low, high;
        (string Unit, Qualifier Qualifier, string? Stated) kind;
        (DateOnly? From, DateOnly? To) time;
        var presentTense = false;
        if (claim.DateFrom is { } from)
        {
            var to = claim.DateTo ?? from;
            (low, high, kind, time) = (from.DayNumber, to.DayNumber, (DateUnit, from == to ? Qualifier.Exact : Qualifier.Range, null), (claim.TimeFrom, claim.TimeTo));
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
            Modality = claim.Modality ?? Claims.Modality.Actual,
            SentenceStart = claim.SentenceStart,
            PresentTense = presentTense,
        };
    }

    /// <summary>Two figures of one sentence are parts of one list ("$400M in equity and a $150M loan"), never rivals.</summary>
    public bool SameSentence(CrossCheckClaim other) => DocumentId == other.DocumentId && SentenceStart == other.SentenceStart;

    /// <summary>Whether two claims can be compared at all: times that can overlap, from different sentences.</summary>
    public bool Comparable(CrossCheckClaim other) => TimeCanOverlap(other) && !SameSentence(other);

    /// <summary>Whether the times two claims are about can overlap: an unknown time overlaps any.</summary>
    public bool TimeCanOverlap(CrossCheckClaim other) =>
        TimeFrom is null || other.TimeFrom is null
        || (TimeFrom <= (other.TimeTo ?? other.TimeFrom) && other.TimeFrom <= (TimeTo ?? TimeFrom));
}
