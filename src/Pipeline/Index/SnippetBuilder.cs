namespace Pipeline.Index;

/// <summary>
/// Shows the fragment Lucene's highlighter scored best (or the text's start when nothing
/// matched), keeping its characters exactly as written so that highlight offsets stay valid
/// inside it.
/// </summary>
public static class SnippetBuilder
{
    public const int DefaultWidth = 160;

    public static (string Text, int Start, IReadOnlyList<TextSpan> Highlights) Build(string text, Highlighting highlighting, int width = DefaultWidth)
    {
        if (highlighting.BestFragment is not { } fragment)
        {
            return (Flatten(text, 0, Math.Min(width, text.Length)), 0, []);
        }
        var start = fragment.Start;
        // A fragment begins where the previous token ended: skip the space or line break there.
        while (start < fragment.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = Math.Min(text.Length, fragment.End);
        var inside = highlighting.Spans.Where(h => h.Start >= start && h.End <= end).ToList();
        return (Flatten(text, start, end), start, inside);
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
