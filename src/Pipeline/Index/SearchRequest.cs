namespace Pipeline.Index;

/// <summary>A query in Lucene syntax, in any script, with optional filters and paging.</summary>
/// <param name="Entity">Only documents that mention this lexicon entity (its canonical id).</param>
/// <param name="Script">Only documents written in this script (Hans or Hant).</param>
/// <param name="From">Only documents dated on or after this day.</param>
/// <param name="To">Only documents dated on or before this day.</param>
public sealed record SearchRequest(
    string Query,
    string? Language = null,
    int Limit = 10,
    int Offset = 0,
    string? Entity = null,
    string? Script = null,
    DateOnly? From = null,
    DateOnly? To = null);
