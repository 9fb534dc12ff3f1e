namespace Pipeline.Extraction.Entities;

/// <summary>A lexicon entity found at [Start, End) of the normalized text.</summary>
internal readonly record struct AliasMatch(int Start, int End, LexiconEntity Entity);
