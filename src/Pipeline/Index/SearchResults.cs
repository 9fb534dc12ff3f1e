namespace Pipeline.Index;

/// <param name="EntityFacets">How many matching documents mention each entity, most first.</param>
public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetCount> EntityFacets);
