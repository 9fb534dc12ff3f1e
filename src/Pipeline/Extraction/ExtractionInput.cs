using Pipeline.Text;

namespace Pipeline.Extraction;

/// <summary>
/// What extractors read: the original text, its normalized form (Simplified, half-width, lower
/// case) with the map back, the language, and the document's date for relative dates ("10月9日").
/// </summary>
public sealed record ExtractionInput(string Original, NormalizedText Normalized, string Language, DateOnly? DocumentDate)
{
    public static ExtractionInput From(string original, string language, DateOnly? documentDate) =>
        new(original, TextNormalizer.Default.Normalize(original), language, documentDate);

    /// <summary>A mention found at [start, end) of the normalized text, placed on the original.</summary>
    public Mention MentionAt(MentionKind kind, int start, int end)
    {
        var (originalStart, originalEnd) = Normalized.Map.ToOriginal(start, end);
        return new Mention(kind, originalStart, originalEnd, Original[originalStart..originalEnd]);
    }
}
