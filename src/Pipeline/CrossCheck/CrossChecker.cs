using System.Collections.Concurrent;
using System.Diagnostics;
using Pipeline.Extraction;

namespace Pipeline.CrossCheck;

/// <summary>
/// The cross-check pass, pure and in memory: claims are blocked by (subject, attribute) and,
/// inside a block, by unit (different units, currencies among them, are never compared). Two
/// claims whose times can overlap agree when their intervals, widened by tolerance, overlap, and
/// conflict when they stay apart.
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
/// dissent (on a tie, the one stated later in document order); each of its claims is reported
/// against the claims of the figures it contradicts, best-supported figures first, in document
/// order, at most <see cref="CrossCheckOptions.MaxConflictsPerClaim"/> of them. A small block is
/// thus reported pair by pair, and a big one at most that many items per dissenting claim.</para>
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
        foreach (var outcome in outcomes)
        {
            corroborating += outcome.Corroborating;
            conflicting += outcome.Conflicting;
            conflicts.AddRange(outcome.Conflicts);
        }
        return new CrossCheckResult(claims.Count, blocks.Length, corroborating + conflicting, corroborating, conflicting, conflicts, clock.Elapsed);
    }

    /// <summary>The blocks to check, in key order (so results come out in the same order every run).</summary>
    private (BlockKey Key, List<CrossCheckClaim> Claims)[] BlocksOf(IReadOnlyCollection<CrossCheckClaim> claims)
    {
        var blocks = new Dictionary<BlockKey, List<CrossCheckClaim>>();
        foreach (var claim in claims)
        {
            if (options.SkipAttributes.Contains(claim.Attribute))
            {
                continue;
            }
            var key = new BlockKey(claim.Subject, claim.Attribute);
            if (!blocks.TryGetValue(key, out var list))
            {
                blocks[key] = list = [];
            }
            list.Add(claim);
        }
        return [.. blocks.Select(b => (b.Key, b.Value))
            .OrderBy(b => b.Key.Subject, StringComparer.Ordinal).ThenBy(b => b.Key.Attribute, StringComparer.Ordinal)];
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

    private static void Judge(List<Figure> figures, int i, int j, Judgement judged, BlockOutcome outcome)
    {
        var (x, y) = (figures[i], figures[j]);
        var pairs = x.PairsWith(y);
        if (pairs == 0)
        {
            return; // no two claims whose times can overlap: not compared
        }
        if (x.Widened.Overlaps(y.Widened))
        {
            outcome.Corroborating += pairs;
            judged.Support[i] += y.Claims.Count;
            judged.Support[j] += x.Claims.Count;
            return;
        }
        outcome.Conflicting += pairs;
        judged.Conflicting.Add((i, j));
    }

    /// <summary>Each dissenting claim against the claims of the figures it contradicts, best-supported first.</summary>
    private void Report(BlockKey key, List<Figure> figures, Judgement judged, BlockOutcome outcome)
    {
        if (judged.Conflicting.Count == 0)
        {
            return;
        }
        var opponents = new Dictionary<int, List<int>>();
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
        foreach (var (dissent, others) in opponents.OrderBy(o => o.Key))
        {
            others.Sort((a, b) => judged.Support[a] != judged.Support[b]
                ? judged.Support[b].CompareTo(judged.Support[a])
                : ClaimOrder.Instance.Compare(figures[a].First, figures[b].First));
            var figure = figures[dissent];
            foreach (var claim in figure.Claims)
            {
                var reported = 0;
                foreach (var other in others)
                {
                    foreach (var partner in figures[other].Claims)
                    {
                        if (reported == options.MaxConflictsPerClaim)
                        {
                            break;
                        }
                        if (!claim.TimeCanOverlap(partner))
                        {
                            continue;
                        }
                        outcome.Conflicts.Add(new Conflict(key, claim, partner,
                            ConflictJudge.Reason(claim, partner),
                            ConflictJudge.Severity(claim, figure, partner, figures[other], options),
                            judged.Support[other]));
                        reported++;
                    }
                }
            }
        }
    }

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
    }

    private sealed class BlockOutcome
    {
        public long Corroborating { get; set; }

        public long Conflicting { get; set; }

        public List<Conflict> Conflicts { get; } = [];
    }
}
