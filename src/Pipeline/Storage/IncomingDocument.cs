namespace Pipeline.Storage;

/// <summary>A cleaned text on its way into the store; the store computes its hash and timestamps.</summary>
public sealed record IncomingDocument(
    string Source,
    string Text,
    string? Title,
    DateOnly? PublishedOn,
    string Language,
    string? Script);
