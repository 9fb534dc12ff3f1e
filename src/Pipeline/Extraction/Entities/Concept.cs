namespace Pipeline.Extraction.Entities;

/// <summary>
/// An idea that texts name in many ways (a price floor: 保底价, 價格下限, minimum price), unlike an
/// entity, which names one thing. Search widens a concept's name to all of its names.
/// </summary>
public sealed record Concept(string Id, string Name, IReadOnlyList<string> Aliases);
