using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// What one clause states about a subject: a value of a measure, narrowed by a scope, meant as
/// an actual figure, a target, a cap or a forecast, for a period.
/// <see cref="Start"/>/<see cref="End"/> cover the value as written; the sentence is kept whole
/// so an analyst can judge the claim in context. All offsets are into the original text.
/// </summary>
/// <param name="Time">The period the clause names (2024, 2025年上半年), if any.</param>
public sealed record Claim(
    string Subject,
    string Attribute,
    Measure? Value,
    DateSpan? DateValue,
    DateSpan? Time,
    int Start,
    int End,
    int SentenceStart,
    int SentenceEnd,
    string Sentence)
{
    /// <summary>What narrows the measure (heavy-rare-earths, ndpr, demand), or null for the measure as a whole.</summary>
    public string? Scope { get; init; }

    /// <summary>The longest <see cref="Scope"/>: a lexicon id or a scope's key, each checked against it when its file is read.</summary>
    public const int MaxScopeLength = Extraction.Entities.LexiconEntity.MaxIdLength;

    public Modality Modality { get; init; } = Modality.Actual;

    /// <summary>
    /// The document's date, when the clause names no period: a present-tense figure ("China
    /// controls 90%") speaks of the time it was written.
    /// </summary>
    public DateOnly? AsOf { get; init; }
}
