namespace Pipeline.Storage;

/// <summary>Lookups of stored claims that go through an index.</summary>
internal static class ClaimQueries
{
    /// <summary>
    /// The claims with one of <paramref name="fingerprints"/>, found by their indexed keys
    /// (<see cref="ClaimRecord.FingerprintKey"/>); the fingerprints themselves are not indexed.
    /// </summary>
    public static IQueryable<ClaimRecord> WithFingerprints(this IQueryable<ClaimRecord> claims, IReadOnlyCollection<string> fingerprints)
    {
        var keys = fingerprints.Select(ClaimRecord.KeyOf).Distinct().ToList();
        return claims.Where(c => keys.Contains(c.FingerprintKey) && fingerprints.Contains(c.Fingerprint));
    }
}
