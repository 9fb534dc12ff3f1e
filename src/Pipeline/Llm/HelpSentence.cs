using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>A sentence the rules read no claim from though it names a value and a lexicon entity: one question to the model.</summary>
/// <param name="Values">The sentence's value mentions (no dates), in text order.</param>
/// <param name="Dates">The sentence's date mentions: the only periods an answer may name.</param>
/// <param name="Entities">The sentence's mentions of lexicon entities.</param>
public sealed record HelpSentence(
    Document Document, int Start, int End, string Text,
    IReadOnlyList<MentionRecord> Values, IReadOnlyList<MentionRecord> Dates, IReadOnlyList<MentionRecord> Entities);
