namespace Pipeline.Storage;

/// <summary>
/// A claim an analyst found misread (a dispute dismissed as an extraction error), by fingerprint and
/// by reading (<see cref="ClaimRecord.ReadingOf"/>): it outlives re-analysis, and the cross-check
/// leaves the claim, and the same sentence read the same way in any other document, out of every later dispute.
/// </summary>
public sealed class ClaimVerdict
{
    public required string Fingerprint { get; set; }

    public required string Reading { get; set; }

    /// <summary>The dispute whose dismissal recorded it.</summary>
    public long DisputeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
