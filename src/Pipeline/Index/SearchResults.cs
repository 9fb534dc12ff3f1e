namespace Pipeline.Index;

public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits);
