using System.Collections.Concurrent;
using System.Diagnostics;
using Pipeline.Extraction;

namespace Pipeline.CrossCheck;

/// <summary>
/// The cross-check pass, pure and in memory: claims are blocked by fact (subject, measure, scope,
/// modality) and, inside a block, by unit (different units, currencies among them, are never
/// compared). Two claims whose times can overlap, from different sentences, agree when their
/// intervals, widened by tolerance, overlap, and conflict when they stay apart. Two dates further
/// apart than <see cref="CrossCheckOptions.SameEventDays"/> are two events and are not compared.
/// </summary>
/// <remarks>
/// <para>Cost. Inside a block and unit, claims are gathered into distinct figures (claims repeat
/// figures: five sources saying 110 USD/kg are one figure), and figures are compared pairwise.
/// Pair counts come from the figures' claim counts per time scope, so corroborating and
/// conflicting claim pairs are counted exactly without being listed. A block with more than
/// <see cref="CrossCheckOptions.MaxFiguresPerBlock"/> distinct figures compares each figure only
/// with that many most-stated figures: the work is then linear in the block's size, and what is
/// lost is a disagreement between two rare figures. Blocks run in parallel, largest first.</para>
/// <para>Reporting. A figure's support is the number of claims that agree with it (its own and
/// those of the figures it overlaps). Of two conflicting figures, the less supported one is the
/// dissent (on a tie, the one stated later in document order). Each claim of a dissenting figure is
/// reported once, against the first comparable claim of the best-supported figure it contradicts:
/// one misread number is one review item, however many sources it disagrees with. Where no figure
/// it contradicts has more support than its own (three sources, three figures), it is reported
/// against each of them: there is no majority to measure it against.</para>
/// </remarks>
public sealed class CrossChecker(CrossCheckOptions options)
{
    public CrossCheckResult Run(IReadOnlyCollection<CrossCheckClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var clock = Stopwatch.StartNew();
        var blocks = BlocksOf(claims);
        var outcomes = new BlockOutcome[blocks.Length];
        var largestFirst = Enumerable.Range(0, blocks.Length).OrderByDescending(i => blocks[i].Claims.Count).ToArray();
        Parallel.ForEach(Partitioner.Create(largestFirst, loadBalance: true), i => outcomes[i] = Check(blocks[i].Key, blocks[i].Claims));

        long corroborating = 0, conflicting = 0;
        var conflicts = new List<Conflict>();
        var facts = new List<StatedFact>();
        foreach (var outcome in outcomes)
        {
            corroborating += outcome.Corroborating;
            conflicting += outcome.Conflicting;
            conflicts.AddRange(outcome.Conflicts);
            facts.AddRange(outcome.Facts);
        }
        return new CrossCheckResult(claims.Count, blocks.Length, corroborating + conflicting, corroborating, conflicting, conflicts, clock.Elapsed)
        {
            Facts = facts,
        };
    }

    /// <summary>The blocks to check, in key order (so results come out in the same order every run).</summary>
    private (BlockKey Key, List<CrossCheckClaim> Claims)[] BlocksOf(IReadOnlyCollection<CrossCheckClaim> claims)
    {
        var blocks = new Dictionary<BlockKey, List<CrossCheckClaim>>();
        foreach (var claim in claims)
        {
            if (options.SkipAttributes.Contains(claim.Attribute) || (claim.TimeFrom is null && options.DatedOnly.Contains(claim.Attribute)))
            {
                continue;
            }
            var key = claim.Key;
            if (!blocks.TryGetValue(key, out var list))
            {
                blocks[key] = list = [];
            }
            list.Add(claim);
        }
        return [.. blocks.Select(b => (b.Key, b.Value))
            .OrderBy(b => b.Key.Subject, StringComparer.Ordinal).ThenBy(b => b.Key.Attribute, StringComparer.Ordinal)
            .ThenBy(b => b.Key.Scope, StringComparer.Ordinal).ThenBy(b => b.Key.Modality)];
    }

    private BlockOutcome Check(BlockKey key, List<CrossCheckClaim> claims)
    {
        var outcome = new BlockOutcome();
        foreach (var unit in claims.GroupBy(c => c.Unit, StringComparer.Ordinal))
        {
            var figures = FiguresOf(unit);
            var judged = new Judgement(figures.Count);
            for (var i = 0; i < figures.Count; i++)
            {
                judged.Support[i] = figures[i].Claims.Count;
                outcome.Corroborating += figures[i].PairsWithin();
            }
            foreach (var (i, j) in PairsToJudge(figures))
            {
                Judge(figures, i, j, judged, outcome);
            }
            Report(key, figures, judged, outcome);
            outcome.Facts.AddRange(FactGrouping.Of(key, unit.Key, figures, judged.Agreeing, judged.Conflicting, options));
        }
        return outcome;
    }

    /// <summary>Every pair of figures; in a block with too many, each figure with the most-stated ones only.</summary>
    private IEnumerable<(int, int)> PairsToJudge(List<Figure> figures)
    {
        if (figures.Count <= options.MaxFiguresPerBlock)
        {
            for (var i = 0; i < figures.Count; i++)
            {
                for (var j = i + 1; j < figures.Count; j++)
                {
                    yield return (i, j);
                }
            }
            yield break;
        }
        var top = Enumerable.Range(0, figures.Count)
            .OrderByDescending(i => figures[i].Claims.Count).ThenBy(i => figures[i].First, ClaimOrder.Instance)
            .Take(options.MaxFiguresPerBlock).Order().ToArray();
        var isTop = new bool[figures.Count];
        foreach (var i in top)
        {
            isTop[i] = true;
        }
        for (var i = 0; i < figures.Count; i++)
        {
            foreach (var j in top)
            {
                if (j > i || (!isTop[i] && j != i))
                {
                    yield return (Math.Min(i, j), Math.Max(i, j));
                }
            }
        }
    }

    private void Judge(List<Figure> figures, int i, int j, Judgement judged, BlockOutcome outcome)
    {
        var (x, y) = (figures[i], figures[j]);
        if (x.First.IsDate && (x.Stated.GapTo(y.Stated) >= options.SameEventDays || IsVague(x) || IsVague(y)
            || (IsDay(x) != IsDay(y) && !x.Stated.Overlaps(y.Stated))))
        {
            // Dates this far apart are two events (the April controls, the October ones); a year or a span names
            // no one event; a month and a day outside it ("announced in October", "on November 7") are two acts.
            return;
        }
        var pairs = x.PairsWith(y);
        if (pairs == 0 || !HaveComparablePair(x, y))
        {
            return; // no two claims whose times can overlap, outside one sentence: not compared
        }
        if (x.Widened.Overlaps(y.Widened))
        {
            outcome.Corroborating += pairs;
            judged.Agreeing.Add((i, j));
            judged.Support[i] += y.Claims.Count;
            judged.Support[j] += x.Claims.Count;
            return;
        }
        outcome.Conflicting += pairs;
        judged.Conflicting.Add((i, j));
    }

    /// <summary>Each claim of a dissenting figure once, against the best-supported figure it contradicts.</summary>
    private void Report(BlockKey key, List<Figure> figures, Judgement judged, BlockOutcome outcome)
    {
        if (judged.Conflicting.Count == 0)
        {
            return;
        }
        // The opponents of each dissenting figure, best supported first; on a tie, the one stated first.
        var opponents = new SortedDictionary<int, List<int>>();
        foreach (var (i, j) in judged.Conflicting)
        {
            var iDissents = judged.Support[i] < judged.Support[j]
                || (judged.Support[i] == judged.Support[j] && ClaimOrder.Instance.Compare(figures[i].First, figures[j].First) > 0);
            var (dissent, other) = iDissents ? (i, j) : (j, i);
            if (!opponents.TryGetValue(dissent, out var list))
            {
                opponents[dissent] = list = [];
            }
            list.Add(other);
        }
        foreach (var (dissent, list) in opponents)
        {
            list.Sort((a, b) => judged.Support[a] != judged.Support[b]
                ? judged.Support[b].CompareTo(judged.Support[a])
                : ClaimOrder.Instance.Compare(figures[a].First, figures[b].First));
            var figure = figures[dissent];
            // Against the best-supported figure only; where none has more support than the dissent's
            // own (399,930 t, 390,000 t, ≈300,000 t, one source each), against each.
            var noMajority = judged.Support[list[0]] <= judged.Support[dissent];
            foreach (var opponent in noMajority ? list : list[..1])
            {
                foreach (var claim in figure.Claims)
                {
                    if (figures[opponent].Claims.FirstOrDefault(claim.Comparable) is { } partner)
                    {
                        outcome.Conflicts.Add(new Conflict(key, claim, partner,
                            ConflictJudge.Reason(claim, partner),
                            ConflictJudge.Severity(claim, figure, partner, figures[opponent], options),
                            judged.Support[opponent]));
                    }
                }
            }
        }
    }

    // A date longer than a month (a year, "2006-2008") cannot say which event it dates.
    private static bool IsVague(Figure date) => date.Stated.High - date.Stated.Low >= DateSpan.LongestEventDays;

    private static bool IsDay(Figure date) => date.Stated.High == date.Stated.Low;

    /// <summary>Whether a claim of one figure can be compared with a claim of the other (it stops at the first such pair).</summary>
    private static bool HaveComparablePair(Figure x, Figure y) => x.Claims.Exists(mine => y.Claims.Exists(mine.Comparable));

    /// <summary>The distinct figures of one block and unit, ordered by where their widened interval starts.</summary>
    private List<Figure> FiguresOf(IEnumerable<CrossCheckClaim> claims)
    {
        var figures = new Dictionary<(double?, double?, Qualifier, string?), Figure>();
        foreach (var claim in claims)
        {
            var key = (claim.Low, claim.High, claim.Qualifier, claim.StatedUnit);
            if (!figures.TryGetValue(key, out var figure))
            {
                figures[key] = figure = new Figure(ValueInterval.Stated(claim), ValueInterval.Widened(claim, options));
            }
            figure.Claims.Add(claim);
        }
        var list = figures.Values.ToList();
        foreach (var figure in list)
        {
            figure.Seal();
        }
        list.Sort((x, y) => x.Widened.Low != y.Widened.Low
            ? x.Widened.Low.CompareTo(y.Widened.Low)
            : ClaimOrder.Instance.Compare(x.First, y.First));
        return list;
    }

    /// <summary>What judging a block's figure pairs found: each figure's support, and the conflicting pairs.</summary>
    private sealed class Judgement(int figures)
    {
        public int[] Support { get; } = new int[figures];

        public List<(int, int)> Conflicting { get; } = [];

        public List<(int, int)> Agreeing { get; } = [];
    }

    private sealed class BlockOutcome
    {
        public long Corroborating { get; set; }

        public long Conflicting { get; set; }

        public List<Conflict> Conflicts { get; } = [];

        public List<StatedFact> Facts { get; } = [];
    }
}
