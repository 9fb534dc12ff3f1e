namespace Pipeline.Extraction;

/// <summary>
/// A span of a document's original text [Start, End) that names an entity or states a value.
/// Found on normalized text, reported on the original, so <see cref="Surface"/> is as written.
/// </summary>
public sealed record Mention(MentionKind Kind, int Start, int End, string Surface)
{
    /// <summary>The lexicon's canonical id (mp-materials, nd, mofcom), for entities.</summary>
    public string? EntityId { get; init; }

    public EntityKind? EntityKind { get; init; }

    /// <summary>For a plant or mine, the lexicon id of the company that owns it (eneabba: iluka).</summary>
    public string? Owner { get; init; }

    /// <summary>For a place or an office, the lexicon id of its country (western-australia: australia; us-exim: united-states).</summary>
    public string? Country { get; init; }

    /// <summary>False for organisations found by pattern only (…公司, "… Inc."), not in the lexicon.</summary>
    public bool Verified { get; init; } = true;

    /// <summary>The value, for money, quantities, rates, percentages, counts and durations.</summary>
    public Measure? Value { get; init; }

    /// <summary>The days meant, for dates.</summary>
    public DateSpan? Date { get; init; }
}
