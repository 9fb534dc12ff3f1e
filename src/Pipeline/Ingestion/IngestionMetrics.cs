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

    /// <summary>
    /// Calls <paramref name="stored"/> with each batch's store time, from any ingestion in this process,
    /// until the listener returned is disposed. In process, as the benchmarks and tests read it.
    /// </summary>
    public static MeterListener ListenToStoreDurations(Action<double> stored)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, Meter) && instrument.Name == StoreDurationName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => stored(seconds));
        listener.Start();
        return listener;
    }
}
