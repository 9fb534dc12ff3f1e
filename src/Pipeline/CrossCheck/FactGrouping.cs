using System.Globalization;

namespace Pipeline.CrossCheck;

/// <summary>
/// Gathers the figures of one block and unit into facts and value groups, from the pairs the
/// checker judged. Figures linked by a judged pair (their times can overlap, so they agree or
/// conflict) speak of one fact; figures never compared (2023 against 2024) speak of two.
/// </summary>
/// <remarks>
/// Inside a fact, the figure most sources state seeds the first value group, and each further
/// figure joins the first group whose seed it agrees with and none of whose figures it contradicts,
/// or seeds a new one. Joining on the seed, not on any member, keeps a chain of near values
/// (≈70, ≈74, ≈78%) from becoming one group; the second condition keeps "≈85%" out of a group that
/// holds "at least 90%", though both agree with "about 90%".
/// </remarks>
internal static class FactGrouping
{
    public static IEnumerable<StatedFact> Of(BlockKey key, string unit, List<Figure> figures,
        IReadOnlyCollection<(int, int)> agreeing, IReadOnlyCollection<(int, int)> conflicting, CrossCheckOptions options)
    {
        var parent = Enumerable.Range(0, figures.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }
            return i;
        }
        foreach (var (i, j) in agreeing.Concat(conflicting))
        {
            parent[Root(i)] = Root(j);
        }
        var agree = agreeing.Select(Ordered).ToHashSet();
        var conflict = conflicting.Select(Ordered).ToHashSet();
        foreach (var component in Enumerable.Range(0, figures.Count).GroupBy(Root))
        {
            if (FactOf(key, unit, figures, [.. component], agree, conflict, options) is { } fact)
            {
                yield return fact;
            }
        }
    }

    private static StatedFact? FactOf(BlockKey key, string unit, List<Figure> figures, int[] members,
        HashSet<(int, int)> agree, HashSet<(int, int)> conflict, CrossCheckOptions options)
    {
        var bySupport = members
            .OrderByDescending(i => SourcesOf(figures[i]))
            .ThenByDescending(i => figures[i].Claims.Count)
            .ThenBy(i => figures[i].First, ClaimOrder.Instance)
            .ToArray();
        // Each group's figures, its seed first.
        var grouped = new List<List<int>>();
        var groupOf = new Dictionary<int, int>();
        foreach (var figure in bySupport)
        {
            var group = grouped.FindIndex(g => agree.Contains(Ordered((g[0], figure))) && !g.Exists(m => conflict.Contains(Ordered((m, figure)))));
            if (group < 0)
            {
                group = grouped.Count;
                grouped.Add([]);
            }
            grouped[group].Add(figure);
            groupOf[figure] = group;
        }

        var groups = grouped.Select(g => new ValueGroup(
                FigureText.Of(figures[g[0]].First),
                [.. g.SelectMany(f => figures[f].Claims).Order(ClaimOrder.Instance)]))
            .ToArray();
        var order = Enumerable.Range(0, groups.Length)
            .OrderByDescending(g => groups[g].Sources)
            .ThenByDescending(g => groups[g].Claims.Count)
            .ThenBy(g => groups[g].Claims[0], ClaimOrder.Instance)
            .ToArray();
        var rankOf = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            rankOf[order[rank]] = rank;
        }

        // A dissent is a group that contradicts another: judged apart on at least one comparable pair.
        var dissents = conflict
            .Where(p => groupOf.ContainsKey(p.Item1) && groupOf.ContainsKey(p.Item2) && groupOf[p.Item1] != groupOf[p.Item2])
            .SelectMany(p => new[] { rankOf[groupOf[p.Item1]], rankOf[groupOf[p.Item2]] })
            .Where(rank => rank != 0)
            .Distinct()
            .Order()
            .ToArray();
        var ordered = order.Select(g => groups[g]).ToArray();
        if (dissents.Length == 0 && ordered.Sum(g => g.Sources) < 2)
        {
            return null; // one source saying one thing: nothing was checked
        }

        var (reason, severity, confusion) = (string.Empty, ConflictSeverity.Low, false);
        foreach (var rank in dissents)
        {
            var (dissent, other) = WidestConflict(figures, conflict, groupOf, order[rank], order[0]);
            var judged = ConflictJudge.Severity(dissent.First, dissent, other.First, other, options);
            var isConfusion = ConflictJudge.IsUnitConfusion(dissent.First, other.First, options);
            if (reason.Length == 0)
            {
                reason = Why(dissent, other, isConfusion);
            }
            severity = judged > severity ? judged : severity;
            confusion |= isConfusion;
        }
        return new StatedFact(key, unit, PeriodOf(ordered), ordered, dissents, reason, severity, confusion);
    }

    /// <summary>
    /// The conflicting pair that best shows why a dissenting group stands apart: against the
    /// best-supported group where the two were compared, else against any group; the widest gap first.
    /// </summary>
    private static (Figure Dissent, Figure Other) WidestConflict(List<Figure> figures, HashSet<(int, int)> conflict,
        Dictionary<int, int> groupOf, int dissentGroup, int bestGroup)
    {
        var crossing = conflict
            .Where(p => groupOf.ContainsKey(p.Item1) && groupOf.ContainsKey(p.Item2))
            .Select(p => groupOf[p.Item1] == dissentGroup ? (Dissent: p.Item1, Other: p.Item2) : (Dissent: p.Item2, Other: p.Item1))
            .Where(p => groupOf[p.Dissent] == dissentGroup && groupOf[p.Other] != dissentGroup)
            .OrderByDescending(p => groupOf[p.Other] == bestGroup)
            .ThenByDescending(p => figures[p.Dissent].Stated.GapTo(figures[p.Other].Stated))
            .ThenBy(p => p.Dissent).ThenBy(p => p.Other)
            .First();
        return (figures[crossing.Dissent], figures[crossing.Other]);
    }

    /// <summary>"≈60% vs 70%, 10 points"; "per lb vs per kg: 110 USD/lb = 242.5 USD/kg vs 110 USD/kg".</summary>
    private static string Why(Figure dissent, Figure best, bool unitConfusion)
    {
        var figures = $"{FigureText.Of(dissent.First)} vs {FigureText.Of(best.First)}";
        if (unitConfusion)
        {
            return $"per {PerWhat(dissent.First.StatedUnit)} vs per {PerWhat(best.First.StatedUnit ?? best.First.Unit)}: {figures}";
        }
        var gap = dissent.Stated.GapTo(best.Stated);
        var invariant = CultureInfo.InvariantCulture;
        return dissent.First.IsDate ? string.Create(invariant, $"{figures}, {gap:0} days apart")
            : dissent.First.Unit == "%" ? string.Create(invariant, $"{figures}, {gap:0.#} points")
            : string.Create(invariant, $"{figures}, {Relative(dissent.Stated, best.Stated, gap):0}% apart");
    }

    private static double Relative(ValueInterval a, ValueInterval b, double gap)
    {
        var scale = new[] { a.Low, a.High, b.Low, b.High }.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return scale == 0 ? 0 : 100 * gap / scale;
    }

    private static string PerWhat(string? unit) => unit is null ? "?" : unit[(unit.IndexOf('/', StringComparison.Ordinal) + 1)..];

    /// <summary>The period most of the fact's claims state; empty when they are all present-tense.</summary>
    private static string PeriodOf(IEnumerable<ValueGroup> groups) =>
        groups.SelectMany(g => g.Claims)
            .Where(c => !c.PresentTense && c.TimeFrom is not null)
            .GroupBy(c => FigureText.Of(c.TimeFrom, c.TimeTo), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault(string.Empty);

    private static int SourcesOf(Figure figure) => figure.Claims.Select(c => c.DocumentId).Distinct().Count();

    private static (int, int) Ordered((int, int) pair) => pair.Item1 <= pair.Item2 ? pair : (pair.Item2, pair.Item1);
}
