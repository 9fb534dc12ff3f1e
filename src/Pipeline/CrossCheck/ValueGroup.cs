namespace Pipeline.CrossCheck;

/// <summary>
/// Claims of one fact whose values agree after tolerance: one answer to the fact, with everyone who gives it.
/// </summary>
/// <param name="Value">The group's figure as a person reads it (its most-stated form: "70%", "≈110 USD/kg").</param>
/// <param name="Claims">Its claims, in document order.</param>
public sealed record ValueGroup(string Value, IReadOnlyList<CrossCheckClaim> Claims)
{
    /// <summary>How many sources give this value: documents, since one article repeating a figure is one voice.</summary>
    public int Sources { get; } = Claims.Select(c => c.DocumentId).Distinct().Count();
}
