namespace Pipeline.Extraction.Entities;

/// <summary>An organisation name found by its form alone, at [Start, End) of the normalized text.</summary>
internal readonly record struct CandidateSpan(int Start, int End, EntityKind Kind);
