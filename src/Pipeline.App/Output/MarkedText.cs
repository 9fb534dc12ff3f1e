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
        foreach (var segment in TextSegments.Split(text, offset, spans.Select(s => new LabelledSpan(s.Start, s.End, "match"))))
        {
            markup.Append(segment.IsMarked ? $"[black on yellow]{Markup.Escape(segment.Text)}[/]" : Markup.Escape(segment.Text));
        }
        return markup.ToString();
    }

    /// <summary>A sentence on one line: line breaks become spaces one for one, so offsets into it still hold.</summary>
    public static string OneLine(string sentence) => sentence.Replace('\r', ' ').Replace('\n', ' ');
}
