using Pipeline.App.Hosting;
using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.App.Output;

/// <summary>Search results as `search --json` prints them and GET /api/search returns them.</summary>
public static class SearchJson
{
    public static object Of(string query, SearchResults results, Lexicon lexicon) => new
    {
        Total = results.TotalHits,
        Concepts = SearchedConcept.Of(query, results, lexicon).Select(c => new { c.Words, c.Id, c.Name, c.OtherNames }),
        Hits = results.Hits.Select(h => new
        {
            h.Id,
            h.Title,
            Source = PipelinePaths.Display(h.Source),
            Lang = h.Language,
            h.Script,
            Date = h.PublishedOn,
            h.Score,
            h.Snippet,
            h.SnippetStart,
            Highlights = h.Highlights.Select(s => new { s.Start, s.End }),
        }),
        Facets = new { Entity = Facets(results, lexicon) },
    };

    /// <summary>The entity facets with each entity's name and kind from the lexicon.</summary>
    public static IReadOnlyList<EntityFacet> Facets(SearchResults results, Lexicon lexicon) =>
        [.. results.EntityFacets.Select(f => (Facet: f, Entity: lexicon.Find(f.Value))).Select(e => new EntityFacet(
            e.Facet.Value, e.Entity?.Name ?? e.Facet.Value, e.Entity?.Kind.ToString().ToLowerInvariant(), e.Facet.Count))];
}
