using Pipeline.Sources;

namespace Pipeline.Storage;

/// <summary>What one ingestion run did.</summary>
public sealed record IngestReport(int New, int Updated, int Unchanged, IReadOnlyList<IngestFailure> Failures, long Characters)
{
    /// <summary>Nothing done yet: where a run's totals start.</summary>
    public static IngestReport None { get; } = new(0, 0, 0, [], 0);

    public int Failed => Failures.Count;

    public int Total => New + Updated + Unchanged + Failed;
}
