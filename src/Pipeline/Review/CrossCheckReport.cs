using Pipeline.CrossCheck;
using Pipeline.Storage;

namespace Pipeline.Review;

/// <summary>A cross-check run against the database: what the pass found and what it did to the review queue and the disputes.</summary>
public sealed record CrossCheckReport(CrossCheckResult Result, ReviewSyncResult Review, TimeSpan Elapsed)
{
    public DisputeSyncResult Disputes { get; init; } = new(0, 0, 0, 0, 0, 0);
}
