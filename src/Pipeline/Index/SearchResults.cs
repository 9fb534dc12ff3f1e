namespace Pipeline.Index;

/// <param name="EntityFacets">How many matching documents mention each entity, most first.</param>
/// <param name="Concepts">The concepts the query names, each searched by all of its names: what to tell the analyst who sees them.</param>
public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetCount> EntityFacets,
    IReadOnlyList<ConceptOccurrence> Concepts);
