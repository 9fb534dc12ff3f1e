namespace Pipeline.Index;

/// <summary>Terms that must stand at these relative positions to count as a match; one term is a phrase of one.</summary>
public sealed record HighlightPhrase(IReadOnlyList<(string Term, int Position)> Terms);
