using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Text;

namespace Pipeline.Sources;

/// <summary>The main text of an HTML page, with its title and publication date.</summary>
internal static partial class HtmlDocumentReader
{
    private static readonly string[] DateMetaSelectors =
    [
        "meta[name='date' i]", "meta[property='article:published_time' i]", "meta[name='article:published_time' i]",
        "meta[itemprop='datePublished' i]", "meta[name='pubdate' i]", "meta[name='publishdate' i]",
        "meta[name='dc.date.issued' i]", "meta[name='dc.date' i]", "meta[name='dcterms.created' i]",
    ];

    public static SourceText Read(byte[] content)
    {
        var html = TextDecoder.Decode(content, DeclaredCharset(content));
        var document = new HtmlParser().ParseDocument(html);
        var title = Title(document);
        var metaDate = MetaDate(document);
        HtmlBoilerplate.Remove(document);
        var root = MainElement(document);
        var text = TextCleaner.Clean(HtmlTextWriter.TextOf(root));
        if (text.Length == 0)
        {
            throw new SourceReadException("HTML page has no text");
        }
        var date = metaDate ?? TimeDate(root) ?? TextMetadata.FindDate(text);
        return new SourceText(text, title ?? TextMetadata.FindTitle(text), date);
    }

    // og:title first: the <title> usually carries the site's name as well ("... | Pipeline Markets").
    private static string? Title(IDocument document)
    {
        var candidates = new[]
        {
            document.QuerySelector("meta[property='og:title' i]")?.GetAttribute("content"),
            document.Title,
            document.QuerySelector("h1")?.TextContent,
        };
        return candidates.Select(CollapseWhitespace).FirstOrDefault(t => t.Length > 0);
    }

    private static DateOnly? MetaDate(IDocument document)
    {
        foreach (var selector in DateMetaSelectors)
        {
            if (ParseDate(document.QuerySelector(selector)?.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static DateOnly? TimeDate(IElement root) =>
        root.QuerySelectorAll("time[datetime]").Select(t => ParseDate(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);

    /// <summary>The calendar date as written: "2025-10-10T23:30:00-05:00" is October 10, whatever that is in UTC.</summary>
    private static DateOnly? ParseDate(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TextDates.Find(value.Trim())?.Date;

    /// <summary>The article or main element if the page marks one, else the element holding the most paragraph text.</summary>
    private static IElement MainElement(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var marked = body.QuerySelectorAll("article").OrderByDescending(TextLength).FirstOrDefault()
            ?? body.QuerySelector("main, [role='main' i]");
        if (marked is not null && TextLength(marked) > 0)
        {
            return marked;
        }
        var densest = body.QuerySelectorAll("p")
            .Where(p => p.ParentElement is not null)
            .GroupBy(p => p.ParentElement!)
            .Select(group => (Element: group.Key, Length: group.Sum(TextLength)))
            .OrderByDescending(candidate => candidate.Length)
            .FirstOrDefault();
        return densest.Element ?? body;
    }

    private static int TextLength(IElement element) => element.TextContent.Length;

    private static string CollapseWhitespace(string? text) =>
        text is null ? "" : Whitespace().Replace(text, " ").Trim();

    /// <summary>The charset a meta tag declares in the first bytes, for pages that are neither UTF-8 nor marked by a BOM.</summary>
    private static string? DeclaredCharset(byte[] content)
    {
        var head = System.Text.Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 2048));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
