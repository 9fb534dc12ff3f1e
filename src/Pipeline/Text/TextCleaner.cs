using System.Buffers;
using System.Text;

namespace Pipeline.Text;

/// <summary>
/// Cleans decoded text into the form that is stored as a document's original: one paragraph
/// per block, paragraphs separated by exactly one blank line ("\n\n"), lines broken in the
/// middle of a sentence joined again, and paragraphs repeated verbatim dropped.
/// </summary>
/// <remarks>
/// Every paragraph break of the source, single newline or blank lines, becomes "\n\n": after
/// the mid-sentence breaks are joined, whatever line break is left separates paragraphs, and
/// one spelling of it lets later stages split paragraphs without guessing. Leading and trailing
/// whitespace of each paragraph goes; nothing else changes, no script or width folding, since
/// offsets of mentions and claims point into this text.
/// </remarks>
public static class TextCleaner
{
    private const string ParagraphBreak = "\n\n";

    // Shorter paragraphs (table rules, "Read more", a repeated sub-heading) may legitimately repeat.
    private const int MinLettersToDropRepeat = 8;

    private static readonly SearchValues<char> AsciiLineEnds = SearchValues.Create("\r\n\f");
    private static readonly SearchValues<char> UnicodeLineEnds = SearchValues.Create("\u0085\u2028\u2029");
    private static readonly SearchValues<char> AllLineEnds = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    public static string Clean(string text)
    {
        var lines = SplitLines(text);
        var joiner = new LineJoiner(LineLayout.Of(text, lines));
        var output = new StringBuilder(text.Length + text.Length / 8);
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var paragraph = new StringBuilder();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }
            var end = ParagraphEnd(text, lines, i, joiner);
            var content = end == i + 1 ? lines[i].In(text) : Join(text, lines, i, end, paragraph);
            if (!IsRepeat(content, seen))
            {
                if (output.Length > 0)
                {
                    output.Append(ParagraphBreak);
                }
                output.Append(content);
            }
            i = end;
        }
        return output.ToString();
    }

    /// <summary>Index one past the last line of the paragraph that starts at <paramref name="first"/>.</summary>
    private static int ParagraphEnd(string text, List<SourceLine> lines, int first, LineJoiner joiner)
    {
        var isListItem = LineStarts.IsListOrHeading(lines[first].In(text));
        var end = first + 1;
        while (end < lines.Count
            && !lines[end].IsBlank
            && joiner.ShouldJoin(lines[end - 1].In(text), lines[end - 1], lines[end].In(text), lines[end], isListItem))
        {
            end++;
        }
        return end;
    }

    private static ReadOnlySpan<char> Join(string text, List<SourceLine> lines, int first, int end, StringBuilder paragraph)
    {
        paragraph.Clear();
        paragraph.Append(lines[first].In(text));
        for (var i = first + 1; i < end; i++)
        {
            var line = lines[i].In(text);
            paragraph.Append(LineJoiner.Separator(paragraph[^1], line[0]));
            paragraph.Append(line);
        }
        // A joined paragraph is short-lived: copying it out keeps the scratch builder reusable.
        return paragraph.ToString();
    }

    private static bool IsRepeat(ReadOnlySpan<char> paragraph, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen)
    {
        var letters = 0;
        foreach (var c in paragraph)
        {
            if (char.IsLetterOrDigit(c) && ++letters >= MinLettersToDropRepeat)
            {
                return !seen.Add(paragraph);
            }
        }
        return false;
    }

    private static List<SourceLine> SplitLines(string text)
    {
        var lines = new List<SourceLine>(text.Length / 40 + 4);
        var rest = text.AsSpan();
        // Searching for ASCII characters alone is much faster on CJK text; the rare Unicode line ends cost one scan to rule out.
        var lineEnds = rest.IndexOfAny(UnicodeLineEnds) < 0 ? AsciiLineEnds : AllLineEnds;
        var offset = 0;
        while (true)
        {
            var at = rest.IndexOfAny(lineEnds);
            var line = at < 0 ? rest : rest[..at];
            lines.Add(Measure(line, offset));
            if (at < 0)
            {
                return lines;
            }
            var breakLength = rest[at] == '\r' && at + 1 < rest.Length && rest[at + 1] == '\n' ? 2 : 1;
            if (rest[at] is '\u2029' or '\f')
            {
                // Paragraph separator and page break end a paragraph whatever the lines say.
                lines.Add(default);
            }
            offset += at + breakLength;
            rest = rest[(at + breakLength)..];
        }
    }

    private static SourceLine Measure(ReadOnlySpan<char> line, int offset)
    {
        var trimmed = line.TrimEnd();
        var content = trimmed.TrimStart();
        if (content.IsEmpty)
        {
            return default;
        }
        var indent = trimmed.Length - content.Length;
        return new SourceLine(offset + indent, content.Length, TextChars.Width(content), indent);
    }
}
