using Pipeline.CrossCheck;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>
/// A claim's value group: the claim and every claim of the same fact (subject, attribute, scope,
/// modality) and unit whose value agrees with it after the cross-check's tolerance (widened
/// intervals overlap). The
/// cross-check reports a dissent once, against the best-supported figure, so a flagged item
/// stands for every claim of that figure's group.
/// </summary>
public sealed class ValueGroups
{
    private readonly CrossCheckOptions _options;
    private readonly ILookup<(BlockKey Fact, string Unit), CrossCheckClaim> _blocks;
    private readonly Dictionary<long, ClaimRecord> _records;

    public ValueGroups(IEnumerable<ClaimRecord> claims, CrossCheckOptions options)
    {
        _options = options;
        _records = claims.ToDictionary(c => c.Id);
        _blocks = _records.Values
            .Select(c => CrossCheckClaim.From(c, options.PresentYears))
            .OfType<CrossCheckClaim>()
            .ToLookup(c => (c.Key, c.Unit));
    }

    /// <summary>The members of <paramref name="claim"/>'s group, itself included.</summary>
    public IReadOnlyList<ClaimRecord> Of(ClaimRecord claim)
    {
        if (CrossCheckClaim.From(claim, _options.PresentYears) is not { } own)
        {
            return [claim];
        }
        var reach = ValueInterval.Widened(own, _options);
        return [claim, .. _blocks[(own.Key, own.Unit)]
            .Where(c => c.Id != own.Id && ValueInterval.Widened(c, _options).Overlaps(reach))
            .Select(c => _records[c.Id])];
    }
}
