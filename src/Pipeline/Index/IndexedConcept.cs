namespace Pipeline.Index;

/// <summary>A concept as the index marks it: its id, and every name a text may give it.</summary>
public sealed record IndexedConcept(string Id, IReadOnlyList<string> Aliases);
