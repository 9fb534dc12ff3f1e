namespace Pipeline.Storage;

/// <summary>
/// One cleaned source text. The database is the system of record: the Lucene index and
/// everything extracted later are rebuilt from these rows.
/// </summary>
public sealed class Document
{
    public int Id { get; set; }

    /// <summary>Lower-case SHA-256 hex of <see cref="Text"/> in UTF-8 (see <see cref="Storage.ContentHash"/>).</summary>
    public required string ContentHash { get; set; }

    /// <summary>Full path (or URL) the text came from.</summary>
    public required string Source { get; set; }

    public string? Title { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>"zh" or "en".</summary>
    public required string Language { get; set; }

    /// <summary>"Hans", "Hant", or null when not Chinese.</summary>
    public string? Script { get; set; }

    /// <summary>The cleaned original text, as written: offsets of mentions and claims point into it.</summary>
    public required string Text { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
