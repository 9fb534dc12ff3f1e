namespace Pipeline.CrossCheck;

/// <summary>
/// What a pass found. Pair counts are of claim pairs whose times can overlap, in one block and
/// one unit: every such pair is either corroborating (intervals overlap) or conflicting.
/// </summary>
/// <param name="Blocks">(subject, attribute) blocks holding at least one claim with a value.</param>
/// <param name="PairsCompared">Claim pairs judged: <paramref name="CorroboratingPairs"/> + <paramref name="ConflictingPairs"/>.</param>
/// <param name="Conflicts">The conflicts reported for review: each dissenting claim against the claims it contradicts (capped per claim).</param>
public sealed record CrossCheckResult(
    int Claims,
    int Blocks,
    long PairsCompared,
    long CorroboratingPairs,
    long ConflictingPairs,
    IReadOnlyList<Conflict> Conflicts,
    TimeSpan Elapsed)
{
    /// <summary>Every fact stated by two sources or disputed: its claims in value groups, the best supported first.</summary>
    public IReadOnlyList<StatedFact> Facts { get; init; } = [];
}
