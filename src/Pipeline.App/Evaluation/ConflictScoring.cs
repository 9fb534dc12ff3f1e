using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>
/// The disputes in the review queue against the annotated pairs. A dispute covers a pair (a, b) when
/// a and b are stated in two of its value groups, one of them a dissent. A dispute with an annotated
/// claim in its best-supported group and one in a dissenting group is judged: correct when it covers
/// a conflict pair, or when two such claims conflict by the claims table.
/// </summary>
public sealed class ConflictScoring
{
    private readonly List<MissedPair> _missed = [];
    private readonly List<FlaggedPair> _flaggedPairs = [];
    private readonly List<IncorrectItem> _incorrect = [];

    public ConflictScoring(DevSet set, ClaimMatching matching, IReadOnlyList<DisputeEntry> disputes)
    {
        var covering = new Dictionary<AnnotatedPair, (DisputeEntry Dispute, ClaimRecord A, ClaimRecord B)>();
        int both = 0, one = 0, none = 0, correct = 0;
        foreach (var dispute in disputes)
        {
            var groups = dispute.Groups.Select(g => g.Claims.Select(c => c.Claim).ToList()).ToList();
            var annotated = groups.Select(g => g.Select(c => (Claim: c, Annotated: matching.MapOf(c))).Where(c => c.Annotated is not null).ToList()).ToList();
            var covered = new List<AnnotatedPair>();
            foreach (var pair in set.Pairs)
            {
                if (Covering(dispute, annotated, pair) is { } sides)
                {
                    covering.TryAdd(pair, (dispute, sides.A, sides.B));
                    covered.Add(pair);
                }
            }
            var best = annotated.Count > 0 ? annotated[0] : [];
            var dissenting = annotated.Where((_, g) => dispute.Groups[g].Dissent).SelectMany(g => g).ToList();
            if (best.Count == 0 && dissenting.Count == 0)
            {
                none++;
                continue;
            }
            if (best.Count == 0 || dissenting.Count == 0)
            {
                one++;
                continue;
            }
            both++;
            if (covered.Any(p => p.Kind == AnnotatedPair.Conflict) || best.Any(a => dissenting.Any(d => a.Annotated!.ConflictsWith(d.Annotated!))))
            {
                correct++;
                continue;
            }
            _incorrect.Add(new IncorrectItem(dispute.Item.Id, dispute.Item.Reason, matching.View(best[0].Claim), matching.View(dissenting[0].Claim)));
        }

        var claims = set.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var pair in set.Pairs)
        {
            if (covering.TryGetValue(pair, out var found))
            {
                if (pair.Kind != AnnotatedPair.Conflict)
                {
                    _flaggedPairs.Add(new FlaggedPair(pair.Id, pair.Kind, found.Dispute.Item.Id, matching.View(found.A), matching.View(found.B)));
                }
            }
            else if (pair.Kind == AnnotatedPair.Conflict)
            {
                _missed.Add(new MissedPair(pair.Id, AnnotatedClaimView.Of(claims[pair.ClaimA]), AnnotatedClaimView.Of(claims[pair.ClaimB])));
            }
        }
        int CoveredOf(string kind) => covering.Keys.Count(p => p.Kind == kind);
        Scores = new ConflictScores(
            set.Pairs.Count(p => p.Kind == AnnotatedPair.Conflict), CoveredOf(AnnotatedPair.Conflict),
            CoveredOf(AnnotatedPair.Trap), CoveredOf(AnnotatedPair.Agree),
            disputes.Count, both, one, none, correct)
        {
            AnnotatedDisputes = DisputedFacts(set.Pairs),
        };
    }

    public ConflictScores Scores { get; }

    public IReadOnlyList<MissedPair> MissedConflicts => _missed;

    public IReadOnlyList<FlaggedPair> FlaggedTrapsAndAgrees => _flaggedPairs;

    public IReadOnlyList<IncorrectItem> IncorrectItems => _incorrect;

    /// <summary>The annotated facts in dispute: claims joined by conflict pairs, however many pairs each holds.</summary>
    private static int DisputedFacts(IEnumerable<AnnotatedPair> pairs)
    {
        var leader = new Dictionary<string, string>(StringComparer.Ordinal);
        string Leader(string claim)
        {
            while (leader.TryGetValue(claim, out var next) && next != claim)
            {
                claim = next;
            }
            return claim;
        }
        var conflicts = pairs.Where(p => p.Kind == AnnotatedPair.Conflict).ToList();
        foreach (var pair in conflicts)
        {
            leader[Leader(pair.ClaimA)] = Leader(pair.ClaimB);
        }
        return conflicts.Select(p => Leader(p.ClaimA)).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>The two claims by which a dispute covers a pair: one in each of two groups, one of them a dissent.</summary>
    private static (ClaimRecord A, ClaimRecord B)? Covering(DisputeEntry dispute, List<List<(ClaimRecord Claim, AnnotatedClaim? Annotated)>> annotated, AnnotatedPair pair)
    {
        for (var i = 0; i < annotated.Count; i++)
        {
            for (var j = 0; j < annotated.Count; j++)
            {
                if (i == j || !(dispute.Groups[i].Dissent || dispute.Groups[j].Dissent))
                {
                    continue;
                }
                var a = annotated[i].FirstOrDefault(c => c.Annotated!.Id == pair.ClaimA);
                var b = annotated[j].FirstOrDefault(c => c.Annotated!.Id == pair.ClaimB);
                if (a.Claim is not null && b.Claim is not null)
                {
                    return (a.Claim, b.Claim);
                }
            }
        }
        return null;
    }
}
