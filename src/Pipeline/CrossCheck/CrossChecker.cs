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
/// lost is a disagreement between two rare figures that both agree with the consensus or are
/// both reported against it. Blocks run in parallel, largest first.</para>
/// <para>Reporting. A conflicting pair of figures yields one conflict per claim of the smaller
/// figure (the dissent), each against the first claim in document order of the larger one whose
/// time can overlap it (the representative), not the product of the two: a claim that five
/// sources contradict is one item for an analyst, not five.</para>
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
            foreach (var figure in figures)
            {
                outcome.Corroborating += figure.PairsWithin();
            }
            if (figures.Count <= options.MaxFiguresPerBlock)
            {
                for (var i = 0; i < figures.Count; i++)
                {
                    for (var j = i + 1; j < figures.Count; j++)
                    {
                        Compare(key, figures[i], figures[j], outcome);
                    }
                }
                continue;
            }
            var top = figures.OrderByDescending(f => f.Claims.Count).ThenBy(f => f.First, ClaimOrder.Instance)
                .Take(options.MaxFiguresPerBlock).ToHashSet();
            var topList = figures.Where(top.Contains).ToList();
            for (var i = 0; i < topList.Count; i++)
            {
                for (var j = i + 1; j < topList.Count; j++)
                {
                    Compare(key, topList[i], topList[j], outcome);
                }
            }
            foreach (var figure in figures.Where(f => !top.Contains(f)))
            {
                foreach (var consensus in topList)
                {
                    Compare(key, figure, consensus, outcome);
                }
            }
        }
        return outcome;
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

    private void Compare(BlockKey key, Figure x, Figure y, BlockOutcome outcome)
    {
        var pairs = x.PairsWith(y);
        if (pairs == 0)
        {
            return; // no two claims whose times can overlap: not compared
        }
        if (x.Widened.Overlaps(y.Widened))
        {
            outcome.Corroborating += pairs;
            return;
        }
        outcome.Conflicting += pairs;
        var (dissent, majority) = x.Claims.Count < y.Claims.Count
            || (x.Claims.Count == y.Claims.Count && ClaimOrder.Instance.Compare(x.First, y.First) > 0)
            ? (x, y)
            : (y, x);
        foreach (var claim in dissent.Claims)
        {
            if (majority.RepresentativeFor(claim) is { } representative)
            {
                outcome.Conflicts.Add(new Conflict(key, claim, representative,
                    ConflictJudge.Reason(claim, representative),
                    ConflictJudge.Severity(claim, dissent, representative, majority, options),
                    majority.Claims.Count));
            }
        }
    }

    private sealed class BlockOutcome
    {
        public long Corroborating { get; set; }

        public long Conflicting { get; set; }

        public List<Conflict> Conflicts { get; } = [];
    }
}
