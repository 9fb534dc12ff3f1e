namespace Pipeline.CrossCheck;

/// <summary>
/// Document order: by document id, then position, then id. Document ids are stable (a changed
/// file keeps its id) and new documents come last, so the representative a conflict names stays
/// the same from run to run while its claims do.
/// </summary>
internal sealed class ClaimOrder : IComparer<CrossCheckClaim>
{
    public static readonly ClaimOrder Instance = new();

    public int Compare(CrossCheckClaim? x, CrossCheckClaim? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        var byDocument = x.DocumentId.CompareTo(y.DocumentId);
        if (byDocument != 0)
        {
            return byDocument;
        }
        var byStart = x.Start.CompareTo(y.Start);
        return byStart != 0 ? byStart : x.Id.CompareTo(y.Id);
    }
}
