namespace Pipeline.Index;

/// <summary>What a list or a page shows as a document's heading: its title, else the start of its first line.</summary>
public static class DocumentHeading
{
    public static string Of(string? title, string text) => string.IsNullOrEmpty(title) ? OpeningWords(text) : title;

    /// <summary>The first line, cut near 48 columns (a CJK character takes two), at a space where English has one.</summary>
    private static string OpeningWords(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOf('\n');
        line = end < 0 ? line : line[..end];
        var (columns, at) = (0, 0);
        while (at < line.Length && columns < HeadingColumns)
        {
            columns += WordTokenizer.IsHan(line[at]) || line[at] >= '\u3000' ? 2 : 1;
            at++;
        }
        if (at == line.Length)
        {
            return line.ToString();
        }
        var space = line[..at].LastIndexOf(' ');
        return string.Concat(line[..(space > at / 2 ? space : at)], "…");
    }

    private const int HeadingColumns = 48;
}
