namespace Pipeline.Storage;

/// <summary>The identity of a text's content: the same text from two sources is one document.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/> (64 characters).</summary>
    /// <remarks><see cref="KeyHash"/> of the text alone, hashed from a pooled buffer: every document read is hashed, and a copy of each was 2% of what an ingest allocated.</remarks>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KeyHash.Of(text);
    }
}
