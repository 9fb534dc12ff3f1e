using Pipeline.Text;

namespace Pipeline.Sources;

/// <summary>What the top of a cleaned text says about itself: a title line and a date near it.</summary>
internal static class TextMetadata
{
    // A title is a line, not a sentence: at most this many columns (CJK characters count two).
    private const int MaxTitleWidth = 160;

    // Dates of publication sit in the title, date or byline lines at the top.
    private const int DateLines = 4;
    private const int DateLineChars = 300;

    public static string? FindTitle(string text)
    {
        var first = Paragraphs(text).FirstOrDefault();
        if (first is null)
        {
            return null;
        }
        if (LineStarts.IsMarkdownHeading(first))
        {
            return first.TrimStart('#').Trim();
        }
        var looksLikeTitle = TextChars.Width(first) <= MaxTitleWidth
            && !TextChars.Terminal.Contains(first[^1])
            && first[^1] is not (',' or '，' or '、')
            && !LineStarts.IsListOrHeading(first)
            && first.Any(char.IsLetter);
        return looksLikeTitle ? first : null;
    }

    public static DateOnly? FindDate(string text)
    {
        foreach (var paragraph in Paragraphs(text).Take(DateLines))
        {
            var head = paragraph.Length > DateLineChars ? paragraph[..DateLineChars] : paragraph;
            if (TextDates.Find(head) is { } found)
            {
                return found.Date;
            }
        }
        return null;
    }

    /// <summary>Non-blank lines from the top, read lazily: only the first few are wanted.</summary>
    private static IEnumerable<string> Paragraphs(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text[start..end].Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
            start = end + 1;
        }
    }
}
