namespace Pipeline.Index;

/// <summary>A query in Lucene syntax, in any script, with optional filters and paging.</summary>
public sealed record SearchRequest(string Query, string? Language = null, int Limit = 10, int Offset = 0);
