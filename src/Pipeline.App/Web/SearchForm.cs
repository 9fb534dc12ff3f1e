using Pipeline.Index;

namespace Pipeline.App.Web;

/// <summary>What the search page's form and GET /api/search read from the query string; all optional.</summary>
public sealed class SearchForm
{
    public const int PageSize = 10;

    public string? Q { get; set; }
    public string? Lang { get; set; }
    public string? Script { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Entity { get; set; }
    public int? Page { get; set; }

    /// <summary>Show the normalized (Simplified, half-width, lower-case) text instead of the original.</summary>
    public bool? Normalized { get; set; }

    public bool ShowsNormalized => Normalized == true;

    public bool HasQuery => !string.IsNullOrWhiteSpace(Q);

    /// <summary>The last page asked for: its hits, 100,000 in all, are what Lucene collects; a page far past it would overflow.</summary>
    public const int MaxPage = 10_000;

    public int PageNumber => Math.Clamp(Page ?? 1, 1, MaxPage);

    /// <summary>What is wrong with the page asked for, or null: a page past <see cref="MaxPage"/>.</summary>
    public string? PageProblem => Page > MaxPage ? $"page: at most {MaxPage} (pages of {PageSize} hits); narrow the query instead" : null;

    /// <summary>What is wrong with the language or script filter, or null: a word the index never holds.</summary>
    public string? FilterProblem =>
        LanguageFilters.Unknown("lang", Lang, LanguageFilters.Languages) ?? LanguageFilters.Unknown("script", Script, LanguageFilters.Scripts);

    public SearchRequest ToRequest() => new(
        Q!.Trim(), Blank(Lang), PageSize, (PageNumber - 1) * PageSize, Blank(Entity), Blank(Script), From, To);

    /// <summary>
    /// The form's values as query-string pairs, for paging and facet links; <paramref name="entity"/>
    /// "" drops the entity filter.
    /// </summary>
    public Dictionary<string, string> With(string? entity = null, int? page = null)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["lang"] = Blank(Lang),
            ["script"] = Blank(Script),
            ["from"] = From?.ToString("yyyy-MM-dd", invariant),
            ["to"] = To?.ToString("yyyy-MM-dd", invariant),
            ["entity"] = entity is null ? Blank(Entity) : Blank(entity),
            ["normalized"] = ShowsNormalized ? "true" : null,
            ["page"] = (page ?? PageNumber) > 1 ? (page ?? PageNumber).ToString(invariant) : null,
        };
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
