using System.Diagnostics.Metrics;
using Pipeline.Ingestion;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// How long the serial store stage took per batch at the start of a run and at its end
/// (<see cref="IngestionMetrics.StoreDuration"/>): a stage that slows as the database grows leaves the
/// other cores waiting in long runs, which a run's average hides.
/// </summary>
internal sealed record StoreTrend(int Batches, TimeSpan FirstTenth, TimeSpan LastTenth)
{
    /// <summary>Listens to the store durations recorded while <see cref="Dispose"/> has not been called.</summary>
    public sealed class Recorder : IDisposable
    {
        private readonly List<double> _seconds = [];
        private readonly MeterListener _listener;

        public Recorder() => _listener = IngestionMetrics.ListenToStoreDurations(seconds =>
        {
            lock (_seconds)
            {
                _seconds.Add(seconds);
            }
        });

        /// <summary>The mean store time of the first and of the last tenth of the batches (at least one each).</summary>
        public StoreTrend Trend()
        {
            lock (_seconds)
            {
                var tenth = Math.Max(1, _seconds.Count / 10);
                return _seconds.Count == 0
                    ? new StoreTrend(0, TimeSpan.Zero, TimeSpan.Zero)
                    : new StoreTrend(_seconds.Count, TimeSpan.FromSeconds(_seconds.Take(tenth).Average()), TimeSpan.FromSeconds(_seconds.TakeLast(tenth).Average()));
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
