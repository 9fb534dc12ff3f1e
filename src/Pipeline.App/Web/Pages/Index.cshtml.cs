using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.App.Output;
using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.App.Web.Pages;

/// <summary>The search page: a query, its filters, the hits with marked snippets, entity facets and paging.</summary>
public sealed class SearchPageModel(DocumentSearcher searcher, DocumentIndex index, Lexicon lexicon) : PageModel
{
    public SearchForm Form { get; private set; } = new();

    public SearchResults? Results { get; private set; }

    public IReadOnlyList<EntityFacet> Facets { get; private set; } = [];

    /// <summary>The concepts the query named, each searched by all of its names.</summary>
    public IReadOnlyList<SearchedConcept> Concepts { get; private set; } = [];

    /// <summary>Why there are no results: a malformed query or a missing index, in words.</summary>
    public string? Problem { get; private set; }

    public int PageCount => Results is null ? 0 : Math.Max(1, (Results.TotalHits + SearchForm.PageSize - 1) / SearchForm.PageSize);

    public IActionResult OnGet([FromQuery] SearchForm form)
    {
        Form = form;
        if (form.FilterProblem is { } unknown)
        {
            // As the API answers it: a filter word no document can carry is a mistake in the address, not an empty result.
            return BadRequest(unknown);
        }
        if (!ModelState.IsValid)
        {
            Problem = "A date could not be read: write it as YYYY-MM-DD.";
            return Page();
        }
        if (!form.HasQuery)
        {
            return Page();
        }
        try
        {
            var request = form.ToRequest();
            Results = searcher.Search(request);
            Facets = SearchJson.Facets(Results, lexicon);
            Concepts = SearchedConcept.Of(request.Query, Results, lexicon);
        }
        catch (InvalidSearchQueryException e)
        {
            Problem = e.Message;
        }
        catch (IndexNotFoundException e)
        {
            Problem = e.Message;
        }
        return Page();
    }

    /// <summary>A hit's snippet as shown: the original, or its normalized form when the toggle is on.</summary>
    public string SnippetText(SearchHit hit)
    {
        if (!Form.ShowsNormalized)
        {
            return hit.Snippet;
        }
        var normalized = index.Analyzers.Normalizer.Normalize(hit.Snippet).Text;
        // Normalizing keeps every character in place except squared unit signs; marks need the same length.
        return normalized.Length == hit.Snippet.Length ? normalized : hit.Snippet;
    }

    public string? EntityName(string id) => lexicon.Find(id)?.Name;
}
