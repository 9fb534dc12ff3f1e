namespace Pipeline.Index;

/// <summary>
/// One matching document. <see cref="Snippet"/> is a window of the original text starting at
/// <see cref="SnippetStart"/>; <see cref="Highlights"/> are the matched spans in that window,
/// as offsets into the original text.
/// </summary>
public sealed record SearchHit(
    int Id,
    string? Title,
    string Source,
    string Language,
    string? Script,
    DateOnly? PublishedOn,
    float Score,
    string Snippet,
    int SnippetStart,
    IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>What a list shows as the hit's heading: its title, else the start of its first line.</summary>
    public string Heading { get; init; } = Title ?? string.Empty;
}
