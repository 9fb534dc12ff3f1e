using Pipeline.CrossCheck;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>
/// A claim's value group: the claim and every claim of the same subject, attribute and unit whose
/// value agrees with it after the cross-check's tolerance (widened intervals overlap). The
/// cross-check reports a dissent once, against the best-supported figure, so a flagged item
/// stands for every claim of that figure's group.
/// </summary>
/// <remarks>When claims gain a scope and a modality, the group should require those to be equal too.</remarks>
public sealed class ValueGroups
{
    private readonly CrossCheckOptions _options;
    private readonly ILookup<(string Subject, string Attribute, string Unit), CrossCheckClaim> _blocks;
    private readonly Dictionary<long, ClaimRecord> _records;

    public ValueGroups(IEnumerable<ClaimRecord> claims, CrossCheckOptions options)
    {
        _options = options;
        _records = claims.ToDictionary(c => c.Id);
        _blocks = _records.Values
            .Select(CrossCheckClaim.From)
            .OfType<CrossCheckClaim>()
            .ToLookup(c => (c.Subject, c.Attribute, c.Unit));
    }

    /// <summary>The members of <paramref name="claim"/>'s group, itself included.</summary>
    public IReadOnlyList<ClaimRecord> Of(ClaimRecord claim)
    {
        if (CrossCheckClaim.From(claim) is not { } own)
        {
            return [claim];
        }
        var reach = ValueInterval.Widened(own, _options);
        return [claim, .. _blocks[(own.Subject, own.Attribute, own.Unit)]
            .Where(c => c.Id != own.Id && ValueInterval.Widened(c, _options).Overlaps(reach))
            .Select(c => _records[c.Id])];
    }
}
