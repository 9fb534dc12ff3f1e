namespace Pipeline.Extraction.Entities;

/// <summary>What one or more lexicon files define, with where each entry was written.</summary>
internal sealed record LexiconDefinition(
    IReadOnlyList<(LexiconEntity Entity, LexiconSource Source)> Entities,
    IReadOnlyList<(string Phrase, LexiconSource Source)> Ignored);
