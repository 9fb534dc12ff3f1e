namespace Pipeline.Index;

/// <summary>Where a query names a concept, and the concept's other names a search also looks for.</summary>
public sealed record ConceptOccurrence(string ConceptId, int Start, int End, IReadOnlyList<string> OtherNames);
