namespace Pipeline.Extraction.Entities;

/// <summary>
/// A lexicon file that cannot be read or that contradicts itself; the message names the file
/// and the line ("entities-companies.yaml, line 12: …") so that an analyst can fix it.
/// </summary>
public sealed class LexiconException : Exception
{
    public LexiconException()
    {
    }

    public LexiconException(string message)
        : base(message)
    {
    }

    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal LexiconException(LexiconSource source, string reason, Exception? innerException = null)
        : base(source + ": " + reason, innerException)
    {
        FilePath = source.FilePath;
        Line = source.Line;
    }

    /// <summary>The file at fault, when the entity came from one.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line at fault, when known.</summary>
    public int? Line { get; }
}
