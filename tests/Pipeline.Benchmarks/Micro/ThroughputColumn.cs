using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Pipeline.Benchmarks.Micro;

/// <summary>
/// Items per second (tokens, or characters): the count a benchmark registered for one operation,
/// over the mean time of that operation.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, (long Count, string Unit)> PerOperation = new();

    /// <summary>Called from a benchmark's setup: how many items one call of <paramref name="method"/> handles.</summary>
    public static void Register(string method, long count, string unit) => PerOperation[method] = (count, unit);

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Throughput";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Items (tokens or characters) handled per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || !PerOperation.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var work))
        {
            return "-";
        }
        var perSecond = work.Count / (statistics.Mean / 1e9);
        return string.Create(CultureInfo.InvariantCulture, $"{perSecond / 1e6:N2} M {work.Unit}/s");
    }
}
