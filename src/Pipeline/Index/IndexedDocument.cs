namespace Pipeline.Index;

/// <summary>What the index holds of a stored document: enough to find it and show a hit.</summary>
public sealed record IndexedDocument(
    int Id,
    string? Title,
    string Source,
    string Language,
    string? Script,
    DateOnly? PublishedOn,
    string Text,
    IReadOnlyList<EntityOccurrence> Entities,
    string? ContentHash = null);
