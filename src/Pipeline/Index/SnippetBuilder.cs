namespace Pipeline.Index;

/// <summary>
/// Picks the window of a document that shows the most matches, and keeps its characters
/// exactly as written so that highlight offsets stay valid inside it.
/// </summary>
public static class SnippetBuilder
{
    public const int DefaultWidth = 160;
    private const int Lead = 30;

    public static (string Text, int Start, IReadOnlyList<TextSpan> Highlights) Build(
        string text, IReadOnlyList<TextSpan> highlights, int width = DefaultWidth)
    {
        if (highlights.Count == 0)
        {
            return (Flatten(text, 0, Math.Min(width, text.Length)), 0, []);
        }
        var first = BestFirstSpan(highlights, width);
        var start = StartNear(text, highlights[first].Start);
        var end = Math.Min(text.Length, start + width);
        var inside = highlights.Where(h => h.Start >= start && h.End <= end).ToList();
        return (Flatten(text, start, end), start, inside);
    }

    /// <summary>The index of the span that begins the window holding the most spans.</summary>
    private static int BestFirstSpan(IReadOnlyList<TextSpan> spans, int width)
    {
        int best = 0, bestCount = 0, last = 0;
        for (var first = 0; first < spans.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < spans.Count && spans[last + 1].End - spans[first].Start <= width - Lead)
            {
                last++;
            }
            if (last - first + 1 > bestCount)
            {
                (best, bestCount) = (first, last - first + 1);
            }
        }
        return best;
    }

    /// <summary>A little context before the first match, starting after a line break if one is near.</summary>
    private static int StartNear(string text, int match)
    {
        var start = Math.Max(0, match - Lead);
        var lineBreak = text.LastIndexOf('\n', Math.Max(0, match - 1), match - start);
        return lineBreak >= 0 && lineBreak < match ? lineBreak + 1 : start;
    }

    /// <summary>The window on one line: line breaks become spaces, one for one.</summary>
    private static string Flatten(string text, int start, int end) =>
        string.Create(end - start, (text, start), static (span, state) =>
        {
            state.text.AsSpan(state.start, span.Length).CopyTo(span);
            span.Replace('\n', ' ');
            span.Replace('\r', ' ');
            span.Replace('\t', ' ');
        });
}
