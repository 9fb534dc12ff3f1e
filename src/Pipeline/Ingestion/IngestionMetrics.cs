using System.Diagnostics.Metrics;

namespace Pipeline.Ingestion;

/// <summary>
/// What an ingestion measures as it runs, for <c>dotnet-counters monitor --counters Pipeline.Ingestion</c>
/// and the benchmarks. Storing is the one stage that runs on one thread while the others wait for it,
/// so how long a batch takes to store, and whether that grows as the database does, decides whether
/// a long run keeps every core busy.
/// </summary>
public static class IngestionMetrics
{
    public const string MeterName = "Pipeline.Ingestion";

    public const string StoreDurationName = "pipeline.ingest.store.duration";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Seconds to store one batch: its documents, mentions and claims, in one transaction.</summary>
    internal static readonly Histogram<double> StoreDuration = Meter.CreateHistogram<double>(
        StoreDurationName, unit: "s", description: "Time to store one batch of documents with their mentions and claims");
}
