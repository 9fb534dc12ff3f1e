namespace Pipeline.Storage;

/// <summary>Lookups of stored claims that go through an index.</summary>
internal static class ClaimQueries
{
    /// <summary>
    /// The claims of the documents in <paramref name="references"/> that have one of their
    /// fingerprints: found through the document index, a few dozen claims per document. (A claim
    /// of one referenced document with the fingerprint of another may come too; callers match.)
    /// </summary>
    public static IQueryable<ClaimRecord> Referenced(this IQueryable<ClaimRecord> claims, IReadOnlyCollection<ClaimReference> references)
    {
        var documents = references.Select(r => r.DocumentId).Distinct().ToList();
        var fingerprints = references.Select(r => r.Fingerprint).Distinct(StringComparer.Ordinal).ToList();
        return claims.Where(c => documents.Contains(c.DocumentId) && fingerprints.Contains(c.Fingerprint));
    }
}
