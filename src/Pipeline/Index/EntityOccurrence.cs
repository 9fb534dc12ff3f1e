namespace Pipeline.Index;

/// <summary>Where a document mentions a lexicon entity, by its canonical id: offsets into the original text.</summary>
public readonly record struct EntityOccurrence(string EntityId, int Start, int End);
