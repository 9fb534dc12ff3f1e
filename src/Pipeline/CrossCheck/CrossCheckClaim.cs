using Pipeline.Extraction;

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

    /// <summary>Two figures of one sentence are parts of one list ("$400M in equity and a $150M loan"), never rivals.</summary>
    public bool SameSentence(CrossCheckClaim other) => DocumentId == other.DocumentId && SentenceStart == other.SentenceStart;

    /// <summary>Whether two claims can be compared at all: times that can overlap, from different sentences.</summary>
    public bool Comparable(CrossCheckClaim other) => TimeCanOverlap(other) && !SameSentence(other);

    /// <summary>Whether the times two claims are about can overlap: an unknown time overlaps any.</summary>
    public bool TimeCanOverlap(CrossCheckClaim other) =>
        TimeFrom is null || other.TimeFrom is null
        || (TimeFrom <= (other.TimeTo ?? other.TimeFrom) && other.TimeFrom <= (TimeTo ?? TimeFrom));
}
