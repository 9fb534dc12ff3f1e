using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Pipeline.App.Output;

namespace Pipeline.App.Web;

/// <summary>
/// Text with marked spans as HTML: each piece HTML-encoded, marked pieces in a &lt;mark&gt;
/// whose classes are the spans' labels. Ingested text is never written as markup.
/// </summary>
public static class MarkedHtml
{
    public static IHtmlContent Of(string text, int offset, IEnumerable<LabelledSpan> spans)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in TextSegments.Split(text, offset, spans))
        {
            if (!segment.IsMarked)
            {
                html.Append(segment.Text);
                continue;
            }
            var classes = HtmlEncoder.Default.Encode(string.Join(' ', segment.Labels));
            var title = HtmlEncoder.Default.Encode(string.Join(", ", segment.Labels.Select(DocumentMarks.Describe)));
            html.AppendHtml($"<mark class=\"{classes}\" title=\"{title}\">").Append(segment.Text).AppendHtml("</mark>");
        }
        return html;
    }
}
