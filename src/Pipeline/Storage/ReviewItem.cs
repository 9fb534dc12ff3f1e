using Pipeline.CrossCheck;

namespace Pipeline.Storage;

/// <summary>
/// A conflict between two claims, in the review queue. Its identity is <see cref="PairKey"/>:
/// the two claims' fingerprints, sorted, which survive re-analysis while the claims stay the
/// same. The claim ids are re-linked on every cross-check run (re-analysis re-creates claims).
/// </summary>
public sealed class ReviewItem
{
    public long Id { get; set; }

    /// <summary>The two fingerprints, sorted, joined by ':' (unique).</summary>
    public required string PairKey { get; set; }

    public ReviewStatus Status { get; set; }

    /// <summary>The analyst's note, kept when the item is reopened.</summary>
    public string? Note { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public required string Subject { get; set; }

    public required string Attribute { get; set; }

    public required string Reason { get; set; }

    public ConflictSeverity Severity { get; set; }

    public bool WithinDocument { get; set; }

    /// <summary>The dissenting claim (as of the last run that found the conflict).</summary>
    public long ClaimAId { get; set; }

    public int DocumentAId { get; set; }

    public required string FingerprintA { get; set; }

    /// <summary>The claim it disagrees with: the representative of the figure most sources state.</summary>
    public long ClaimBId { get; set; }

    public int DocumentBId { get; set; }

    public required string FingerprintB { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Set when a run no longer finds the conflict (a claim changed or went, or tolerances
    /// changed); cleared when one finds it again. Stale items are kept, with their decision, and
    /// left out of the review list.
    /// </summary>
    public DateTimeOffset? StaleSince { get; set; }

    /// <summary>The dispute this item's decision was carried over to, once (see <see cref="DisputeStore"/>).</summary>
    public long? CarriedToDisputeId { get; set; }

    public static string PairKeyOf(string fingerprintA, string fingerprintB) =>
        string.CompareOrdinal(fingerprintA, fingerprintB) <= 0 ? $"{fingerprintA}:{fingerprintB}" : $"{fingerprintB}:{fingerprintA}";
}
