namespace Pipeline.App.Output;

/// <summary>How many matching documents mention one entity.</summary>
public sealed record EntityFacet(string Id, string Name, string? Kind, int Count);
