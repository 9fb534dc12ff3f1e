namespace Pipeline.Text;

/// <summary>
/// Decides whether a line break falls in the middle of a sentence (a hard wrap or a copy-paste
/// artifact) and what joins the two lines then.
/// </summary>
/// <remarks>
/// Headings and list items must stay lines of their own, so a break is joined only on positive
/// evidence: the next line cannot start a paragraph, the text is hard-wrapped with blank lines
/// between paragraphs, the line ends with a comma or hyphen or leaves a bracket open, the next
/// line starts in lower case, the text is hard-wrapped and the next word would not have fitted,
/// or a long line simply stops mid-sentence. A line ending a sentence is otherwise left alone:
/// splitting a paragraph between two sentences costs nothing later, merging a heading does.
/// </remarks>
internal sealed class LineJoiner(LineLayout layout)
{
    // A long line that stops without punctuation is a broken sentence; a heading is rarely this wide.
    private const int MinLongLineWidth = 40;

    /// <param name="current">The line before the break.</param>
    /// <param name="next">The line after it.</param>
    /// <param name="paragraphIsListItem">Whether the paragraph being built began with a list marker.</param>
    public bool ShouldJoin(ReadOnlySpan<char> current, SourceLine currentLine, ReadOnlySpan<char> next, SourceLine nextLine, bool paragraphIsListItem) =>
        LooksBroken(current, currentLine, next, nextLine, paragraphIsListItem)
        && !IsDateOrByline(current)
        && !IsDateOrByline(next);

    private bool LooksBroken(ReadOnlySpan<char> current, SourceLine currentLine, ReadOnlySpan<char> next, SourceLine nextLine, bool paragraphIsListItem)
    {
        if (current.IsEmpty || next.IsEmpty || IsTableRow(current) || IsTableRow(next) || LineStarts.IsMarkdownHeading(current) || LineStarts.IsListOrHeading(next))
        {
            return false;
        }
        var last = current[^1];
        var first = next[0];
        if (TextChars.ContinuationStart.Contains(first))
        {
            return true;
        }
        // Blank lines mark the paragraphs of this hard-wrapped text, so every line break inside
        // a block is a wrap, however short the line or whatever it ends with
        // ("put $400 million into MP\nMaterials").
        if (layout.IsHardWrapped && layout.BlankLinesSeparateParagraphs)
        {
            return true;
        }
        if (TextChars.Terminal.Contains(last))
        {
            return false;
        }
        if (last is ',' or '，' or '、' || IsHyphenBreak(current, first) || TextChars.LeavesBracketOpen(current))
        {
            return true;
        }
        if (char.IsAsciiLetterLower(first) && TextChars.IsWordChar(last))
        {
            return true;
        }
        if (layout.IsHardWrapped)
        {
            return IsWrapped(currentLine, next, nextLine, paragraphIsListItem);
        }
        // Latin words split across lines inside Chinese text: "MP\nMaterials".
        if (layout.MostlyCjk && char.IsAsciiLetter(last) && char.IsAsciiLetter(first))
        {
            return true;
        }
        return TextChars.IsWordChar(last)
            && (TextChars.IsWordChar(first) || TextChars.IsOpener(first))
            && currentLine.Width >= Math.Max(MinLongLineWidth, layout.MedianWidth / 2)
            && !LineStarts.IsListOrHeading(current);
    }

    /// <summary>A line with a bar is a table row, as Markdown writes it (| a | b |) or as pages paste it (a | b): each stays a line.</summary>
    private static bool IsTableRow(ReadOnlySpan<char> line) => line.ContainsAny('|', '｜');

    // Title, date and byline lines sit together at the top of articles: "Title\nJuly 22, 2025".
    private static bool IsDateOrByline(ReadOnlySpan<char> line) =>
        line.Length <= 60 && TextDates.IsDateOrByline(line.ToString());

    /// <summary>What replaces the line break: nothing after a hyphen or next to CJK, else a space.</summary>
    public static string Separator(char last, char first) =>
        (last == '-' && char.IsLetter(first)) || TextChars.IsWide(last) || TextChars.IsWide(first) ? "" : " ";

    private static bool IsHyphenBreak(ReadOnlySpan<char> current, char first) =>
        current.Length >= 2 && current[^1] == '-' && char.IsLetter(current[^2]) && char.IsLetter(first);

    /// <summary>In hard-wrapped text a line was full when the next word would not have fitted on it.</summary>
    private bool IsWrapped(SourceLine currentLine, ReadOnlySpan<char> next, SourceLine nextLine, bool paragraphIsListItem)
    {
        // An indented line after a flush one starts a paragraph, unless it continues a list item.
        if (nextLine.Indent > 0 && !paragraphIsListItem && nextLine.Indent > currentLine.Indent)
        {
            return false;
        }
        var space = TextChars.IsWide(next[0]) ? 0 : 1;
        var fits = currentLine.Width + space + FirstWordWidth(next);
        // Proportional fonts (PDF) make full lines vary: allow some slack below the wrap column.
        return fits * 100 > layout.WrapWidth * 85;
    }

    private static int FirstWordWidth(ReadOnlySpan<char> line)
    {
        if (TextChars.IsWide(line[0]))
        {
            return 2;
        }
        var end = 0;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && !TextChars.IsWide(line[end]))
        {
            end++;
        }
        return end;
    }
}
