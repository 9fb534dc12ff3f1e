using Pipeline.Storage;

namespace Pipeline.CrossCheck;

/// <summary>A cross-check run against the database: what the pass found and what it did to the review queue.</summary>
public sealed record CrossCheckReport(CrossCheckResult Result, ReviewSyncResult Review, TimeSpan Elapsed);
