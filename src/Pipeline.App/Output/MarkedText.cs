using System.Text;
using Spectre.Console;

namespace Pipeline.App.Output;

/// <summary>Text as Spectre markup with some spans in reverse video: matches in a snippet, the value in a sentence.</summary>
public static class MarkedText
{
    /// <param name="offset">Where <paramref name="text"/> starts in the document the spans' offsets refer to.</param>
    public static string Of(string text, int offset, IEnumerable<(int Start, int End)> spans)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in spans.Select(s => (s.Start - offset, s.End - offset)))
        {
            markup.Append(Markup.Escape(text[at..start]))
                .Append("[black on yellow]").Append(Markup.Escape(text[start..end])).Append("[/]");
            at = end;
        }
        return markup.Append(Markup.Escape(text[at..])).ToString();
    }
}
