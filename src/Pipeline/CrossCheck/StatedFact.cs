namespace Pipeline.CrossCheck;

/// <summary>
/// One fact (subject, measure, scope, modality, in one unit and period) as the sources state it, its
/// claims gathered into value groups, the best supported first. Groups that contradict each other
/// make it a dispute; a single group stated by several sources is a corroborated fact.
/// </summary>
/// <param name="Period">The period the fact is about, as stated ("2024", "2025-10"); empty when its claims are present-tense only.</param>
/// <param name="Dissents">Indexes into <paramref name="Groups"/> of the groups that contradict the best-supported one.</param>
/// <param name="Reason">Why the groups disagree, in one line ("≈60% vs 70%, 10 points"); empty for a corroborated fact.</param>
/// <param name="UnitConfusion">Whether the same number written in two units explains the dispute (110 USD/lb vs 110 USD/kg).</param>
public sealed record StatedFact(
    BlockKey Key,
    string Unit,
    string Period,
    IReadOnlyList<ValueGroup> Groups,
    IReadOnlyList<int> Dissents,
    string Reason,
    ConflictSeverity Severity,
    bool UnitConfusion)
{
    public bool IsDisputed => Dissents.Count > 0;

    public ValueGroup Best => Groups[0];

    /// <summary>What identifies the fact from run to run: the fact itself, never its claims or values.</summary>
    public string Identity => $"{Key}|{Unit}|{Period}";

    public int Sources => Groups.SelectMany(g => g.Claims).Select(c => c.DocumentId).Distinct().Count();
}
