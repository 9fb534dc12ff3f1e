namespace Pipeline.Index;

/// <summary>A query in Lucene syntax, in any script, with optional filters and paging.</summary>
/// <param name="Entity">Only documents that mention this lexicon entity (its canonical id).</param>
public sealed record SearchRequest(string Query, string? Language = null, int Limit = 10, int Offset = 0, string? Entity = null);
