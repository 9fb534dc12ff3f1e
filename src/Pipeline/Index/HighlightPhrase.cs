namespace Pipeline.Index;

/// <summary>Terms that must stand at these relative positions to count as a match; one term is a phrase of one.</summary>
public sealed record HighlightPhrase(IReadOnlyList<(string Term, int Position)> Terms)
{
    /// <summary>Whether each term stands right after the one before: no gap (a stop word) within the phrase.</summary>
    public bool IsConsecutive => Enumerable.Range(1, Math.Max(0, Terms.Count - 1)).All(i => Terms[i].Position == Terms[i - 1].Position + 1);
}
