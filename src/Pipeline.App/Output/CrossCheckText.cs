using System.Globalization;
using Pipeline.Storage;

namespace Pipeline.App.Output;

/// <summary>What a cross-check did to the review queue, as `crosscheck` and `ingest-now` print it.</summary>
public static class CrossCheckText
{
    public static string ReviewLine(ReviewSyncResult review) => string.Create(CultureInfo.InvariantCulture,
        $"{review.Found:N0} conflicts for review: {review.New:N0} new, {review.Reopened:N0} reopened, {review.Known:N0} known; {review.Stale:N0} no longer found");

    public static string DisputesLine(DisputeSyncResult disputes) => string.Create(CultureInfo.InvariantCulture,
        $"{disputes.Found:N0} disputed facts: {disputes.New:N0} new, {disputes.Reopened:N0} reopened, {disputes.Known:N0} known; {disputes.Stale:N0} no longer found{(disputes.Carried > 0 ? $"; {disputes.Carried:N0} pair decisions carried over" : "")}");
}
