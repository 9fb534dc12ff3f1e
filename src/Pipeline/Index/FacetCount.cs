namespace Pipeline.Index;

/// <summary>A value of a field and how many matching documents have it.</summary>
public readonly record struct FacetCount(string Value, int Count);
