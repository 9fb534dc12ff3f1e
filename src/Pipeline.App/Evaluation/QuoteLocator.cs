namespace Pipeline.App.Evaluation;

/// <summary>
/// Finds an annotated quote in a document's stored text, which cleaning may have changed a little
/// (lines joined, spaces changed): by plain ordinal search, else ignoring whitespace on both sides
/// and mapping the match back to stored offsets.
/// </summary>
public static class QuoteLocator
{
    /// <summary>Every place the quote stands, as [start, end) offsets in <paramref name="text"/>; empty when it stands nowhere.</summary>
    public static IReadOnlyList<(int Start, int End)> FindAll(string text, string quote)
    {
        var spans = new List<(int, int)>();
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0 && quote.Length > 0;
             at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            spans.Add((at, at + quote.Length));
        }
        return spans.Count > 0 ? spans : FindIgnoringWhitespace(text, quote);
    }

    private static List<(int, int)> FindIgnoringWhitespace(string text, string quote)
    {
        var (compactText, offsets) = Compact(text);
        var (compactQuote, _) = Compact(quote);
        var spans = new List<(int, int)>();
        for (var at = compactText.IndexOf(compactQuote, StringComparison.Ordinal); at >= 0 && compactQuote.Length > 0;
             at = compactText.IndexOf(compactQuote, at + 1, StringComparison.Ordinal))
        {
            spans.Add((offsets[at], offsets[at + compactQuote.Length - 1] + 1));
        }
        return spans;
    }

    /// <summary>The text without whitespace, and for each of its characters the offset it had.</summary>
    private static (string Text, List<int> Offsets) Compact(string text)
    {
        var compact = new System.Text.StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                compact.Append(text[i]);
                offsets.Add(i);
            }
        }
        return (compact.ToString(), offsets);
    }
}
