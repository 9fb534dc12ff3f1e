namespace Pipeline.Ingestion;

/// <summary>What one ingestion run did.</summary>
public sealed record IngestReport(int New, int Updated, int Unchanged, IReadOnlyList<IngestFailure> Failures, long Characters)
{
    public int Failed => Failures.Count;

    public int Total => New + Updated + Unchanged + Failed;
}
