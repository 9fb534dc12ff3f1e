using Pipeline.CrossCheck;
using Pipeline.Review;
using Pipeline.Storage;

namespace Pipeline.Jobs;

/// <summary>What a cross-check job did, small enough to be stored as the job's result (the conflicts stay in the review queue).</summary>
public sealed record CrossCheckSummary(int Claims, int Blocks, long ConflictingPairs, ReviewSyncResult Review)
{
    /// <summary>What the run did to the disputes (absent from results stored before disputes existed).</summary>
    public DisputeSyncResult? Disputes { get; init; }

    public static CrossCheckSummary From(CrossCheckReport report) =>
        new(report.Result.Claims, report.Result.Blocks, report.Result.ConflictingPairs, report.Review) { Disputes = report.Disputes };
}
