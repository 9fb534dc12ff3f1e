namespace Pipeline.Storage;

/// <summary>
/// A claim an analyst found misread (a dispute dismissed as an extraction error), by fingerprint:
/// it outlives re-analysis, and the cross-check leaves the claim out of every later dispute.
/// </summary>
public sealed class ClaimVerdict
{
    public required string Fingerprint { get; set; }

    /// <summary>The dispute whose dismissal recorded it.</summary>
    public long DisputeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
