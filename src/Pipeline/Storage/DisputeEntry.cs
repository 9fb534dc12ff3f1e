namespace Pipeline.Storage;

/// <summary>A dispute with its value groups' claims and documents as they are stored now, the best-supported group first.</summary>
public sealed record DisputeEntry(DisputeItem Item, IReadOnlyList<DisputeEntryGroup> Groups)
{
    /// <summary>The documents that state the fact, across its groups.</summary>
    public int Sources => Groups.SelectMany(g => g.Claims).Select(c => c.Document.Id).Distinct().Count();
}

/// <summary>A value group of a listed dispute: its value, whether it dissents, and its claims with their documents.</summary>
public sealed record DisputeEntryGroup(string Value, bool Dissent, IReadOnlyList<(ClaimRecord Claim, Document Document)> Claims)
{
    public int Sources => Claims.Select(c => c.Document.Id).Distinct().Count();
}
