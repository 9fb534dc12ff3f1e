using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Pipeline.Sources;

/// <summary>Removes what is not the article from an HTML page: scripts, navigation, banners, share bars, ads.</summary>
internal static class HtmlBoilerplate
{
    private static readonly FrozenSet<string> DroppedTags = new[]
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "canvas",
        "object", "embed", "button", "select", "textarea", "input", "dialog", "menu",
    }.ToFrozenSet();

    // Page-level header and footer are boilerplate; an article's own <header> holds its title and byline.
    private static readonly FrozenSet<string> PageFrameTags = new[] { "header", "footer" }.ToFrozenSet();

    // Parts of class names and ids ("cookie-banner", "share_bar", "ad-slot") that mark boilerplate.
    private static readonly FrozenSet<string> BoilerplateWords = new[]
    {
        "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social", "related", "comment", "comments",
        "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "newsletter", "subscribe",
        "breadcrumb", "breadcrumbs", "popup", "modal", "banner", "outbrain", "taboola", "recommended",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BoilerplateRoles = new[]
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Remove(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }
        // Collected first: removing while iterating a live tree skips nodes.
        var doomed = body.Descendants<IElement>().Where(IsBoilerplate).ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsBoilerplate(IElement element)
    {
        var tag = element.LocalName;
        if (DroppedTags.Contains(tag))
        {
            return true;
        }
        if (tag is "article" or "main" or "body")
        {
            return false;
        }
        var looksLikeBoilerplate = PageFrameTags.Contains(tag)
            ? element.Closest("article") is null
            : (element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role))
                || HasBoilerplateName(element.ClassName) || HasBoilerplateName(element.Id);
        // Never drop the container of the article, whatever its class says ("has-comments").
        return looksLikeBoilerplate && element.QuerySelector("article, main") is null;
    }

    private static bool HasBoilerplateName(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }
        foreach (var word in names.Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (BoilerplateWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }
}
