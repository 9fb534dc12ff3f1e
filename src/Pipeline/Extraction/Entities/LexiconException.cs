namespace Pipeline.Extraction.Entities;

/// <summary>
/// A lexicon file that cannot be read or that contradicts itself; the message names the file
/// and the line ("entities-companies.yaml, line 12: …") so that an analyst can fix it.
/// A config error like any other: the CLI shows it with the file's path.
/// </summary>
public sealed class LexiconException : ConfigException
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

    /// <summary>The lexicon folder <paramref name="folder"/> as a whole is at fault (it has no files).</summary>
    public LexiconException(string folder, string reason)
        : base(folder, null, reason)
    {
    }

    internal LexiconException(LexiconSource source, string reason, Exception? innerException = null)
        : base(source.FilePath ?? "lexicon", source.Line, reason, source + ": " + reason, innerException)
    {
    }
}
