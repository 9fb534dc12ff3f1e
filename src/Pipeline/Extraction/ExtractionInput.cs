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

    /// <summary>
    /// Where a mention found at [start, end) of the normalized text lies in the original, and its words as
    /// written there: what a <see cref="Mention"/> is made of (made at once with all it says, not copied with more).
    /// </summary>
    public (int Start, int End, string Surface) OriginalOf(int start, int end)
    {
        var (originalStart, originalEnd) = Normalized.Map.ToOriginal(start, end);
        return (originalStart, originalEnd, Original[originalStart..originalEnd]);
    }
}
