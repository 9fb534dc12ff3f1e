using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// What one sentence states about a subject: a value of an attribute, perhaps for a time.
/// <see cref="Start"/>/<see cref="End"/> cover the value as written; the sentence is kept whole
/// so an analyst can judge the claim in context. All offsets are into the original text.
/// </summary>
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
    string Sentence);
