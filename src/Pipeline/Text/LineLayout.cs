namespace Pipeline.Text;

/// <summary>
/// What a document's lines say about how it was laid out: whether it was hard-wrapped at a
/// fixed width, how wide its lines usually are, whether it is mostly CJK, and whether blank
/// lines separate paragraphs of several lines (then a single newline is only a wrap).
/// </summary>
internal sealed record LineLayout(int WrapWidth, int MedianWidth, bool MostlyCjk, bool BlankLinesSeparateParagraphs)
{
    // Hard-wrapped text (e-mail, terminals, PDF) wraps at 60-120 columns; wider "lines" are paragraphs.
    private const int MaxWrapWidth = 160;
    private const int MinWrapWidth = 20;
    private const int ScriptSample = 100_000;

    public bool IsHardWrapped => WrapWidth > 0;

    public static LineLayout Of(string text, IReadOnlyList<SourceLine> lines)
    {
        var widths = new List<int>(lines.Count);
        long wide = 0, latin = 0;
        int blocks = 0, multiLineBlocks = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }
            var startsBlock = i == 0 || lines[i - 1].IsBlank;
            blocks += startsBlock ? 1 : 0;
            multiLineBlocks += startsBlock && i + 1 < lines.Count && !lines[i + 1].IsBlank ? 1 : 0;
            widths.Add(line.Width);
            // The share of CJK is judged on a prefix: it only steers a heuristic.
            if (line.Start < ScriptSample)
            {
                wide += line.Width - line.Length;
                latin += CountAsciiLetters(line.In(text));
            }
        }
        if (widths.Count == 0)
        {
            return new(0, 0, false, false);
        }
        widths.Sort();
        var median = widths[widths.Count / 2];
        var blankLineParagraphs = blocks >= 3 && multiLineBlocks * 2 >= blocks;
        return new(WrapWidthOf(widths), median, wide > 0 && wide * 3 >= latin, blankLineParagraphs);
    }

    /// <summary>
    /// Hard-wrapped text has many lines of nearly the same, modest width: the 90th percentile
    /// width is the wrap column when at least half the lines come close to it.
    /// </summary>
    private static int WrapWidthOf(List<int> sortedWidths)
    {
        if (sortedWidths.Count < 4)
        {
            return 0;
        }
        var wrap = sortedWidths[(int)((sortedWidths.Count - 1) * 0.9)];
        if (wrap is < MinWrapWidth or > MaxWrapWidth)
        {
            return 0;
        }
        var near = sortedWidths.Count - LowerBound(sortedWidths, wrap * 3 / 4);
        return near * 2 >= sortedWidths.Count ? wrap : 0;
    }

    private static int LowerBound(List<int> sorted, int value)
    {
        var index = sorted.BinarySearch(value);
        if (index < 0)
        {
            return ~index;
        }
        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }
        return index;
    }

    private static int CountAsciiLetters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsAsciiLetter(c) ? 1 : 0;
        }
        return count;
    }
}
