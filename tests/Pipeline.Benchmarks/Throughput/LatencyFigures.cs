namespace Pipeline.Benchmarks.Throughput;

/// <summary>Search latencies in milliseconds, and what the queries found.</summary>
internal sealed record LatencyFigures(IReadOnlyList<double> SortedMilliseconds, long TotalHits, int QueriesWithoutHits, int Errors)
{
    public const int SlowestShown = 5;

    /// <summary>The slowest queries and their milliseconds, slowest first: where the tail comes from.</summary>
    public IReadOnlyList<(double Milliseconds, string Query)> Slowest { get; init; } = [];

    public int Count => SortedMilliseconds.Count;

    public double Percentile(double p) =>
        SortedMilliseconds.Count == 0 ? 0 : SortedMilliseconds[Math.Clamp((int)Math.Ceiling(p / 100 * SortedMilliseconds.Count) - 1, 0, SortedMilliseconds.Count - 1)];

    public double Max => SortedMilliseconds.Count == 0 ? 0 : SortedMilliseconds[^1];

    public double Mean => SortedMilliseconds.Count == 0 ? 0 : SortedMilliseconds.Average();
}
