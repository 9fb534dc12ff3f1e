using Pipeline.Storage;

namespace Pipeline.Ingestion;

/// <summary>
/// An ingestion that stopped before its end (cancelled, or the database went away), with what it
/// had committed by then: the run is recorded with those counts, then <see cref="Exception.InnerException"/>
/// is what the caller reports.
/// </summary>
public sealed class IngestStoppedException(IngestReport soFar, Exception cause) : Exception(cause.Message, cause)
{
    /// <summary>The batches stored before the stop; they stay stored.</summary>
    public IngestReport SoFar { get; } = soFar;

    public Exception Cause => InnerException!;

    /// <summary>What <paramref name="e"/> stopped a run with: the batches stored before it and the cause to report; none stored for any other error.</summary>
    public static (IngestReport SoFar, Exception Cause) Unwrap(Exception e) =>
        e is IngestStoppedException stopped ? (stopped.SoFar, stopped.Cause) : (IngestReport.None, e);
}
