using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>
/// The flagged review items against the annotated pairs. An item covers a pair (a, b) when one of
/// its sides states a and the other side's value group holds a claim stating b. An item with both
/// sides annotated is correct when it covers a conflict pair or its two annotated claims conflict
/// by the claims table.
/// </summary>
public sealed class ConflictScoring
{
    private readonly List<MissedPair> _missed = [];
    private readonly List<FlaggedPair> _flaggedPairs = [];
    private readonly List<IncorrectItem> _incorrect = [];

    public ConflictScoring(DevSet set, ClaimMatching matching, ValueGroups groups, IReadOnlyList<ReviewEntry> items, int disputes)
    {
        var covering = new Dictionary<AnnotatedPair, ReviewEntry>();
        int both = 0, one = 0, none = 0, correct = 0;
        foreach (var item in items)
        {
            var (a, b) = (matching.MapOf(item.A), matching.MapOf(item.B));
            var groupA = Annotated(groups.Of(item.A), matching);
            var groupB = Annotated(groups.Of(item.B), matching);
            var covered = set.Pairs.Where(p => Covers(a, groupB, p) || Covers(b, groupA, p)).ToList();
            foreach (var pair in covered)
            {
                covering.TryAdd(pair, item);
            }
            if (a is null && b is null)
            {
                none++;
                continue;
            }
            if (a is null || b is null)
            {
                one++;
                continue;
            }
            both++;
            if (covered.Any(p => p.Kind == AnnotatedPair.Conflict) || a.ConflictsWith(b))
            {
                correct++;
                continue;
            }
            _incorrect.Add(new IncorrectItem(item.Item.Id, item.Item.Reason, matching.View(item.A), matching.View(item.B)));
        }

        var claims = set.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var pair in set.Pairs)
        {
            if (covering.TryGetValue(pair, out var item))
            {
                if (pair.Kind != AnnotatedPair.Conflict)
                {
                    _flaggedPairs.Add(new FlaggedPair(pair.Id, pair.Kind, item.Item.Id, matching.View(item.A), matching.View(item.B)));
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
            items.Count, both, one, none, correct)
        {
            Disputes = disputes,
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

    private static bool Covers(AnnotatedClaim? side, HashSet<string> otherGroup, AnnotatedPair pair) =>
        side is not null
        && ((side.Id == pair.ClaimA && otherGroup.Contains(pair.ClaimB)) || (side.Id == pair.ClaimB && otherGroup.Contains(pair.ClaimA)));

    private static HashSet<string> Annotated(IEnumerable<ClaimRecord> group, ClaimMatching matching) =>
        [.. group.Select(matching.MapOf).OfType<AnnotatedClaim>().Select(c => c.Id)];
}
