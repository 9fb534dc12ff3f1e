using System.Diagnostics;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>The process's memory at one moment, and the garbage collector's work since a starting point.</summary>
internal sealed record MemoryFigures(
    long PeakWorkingSet, long WorkingSet, long HeapSize, long Committed, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    /// <summary>What the collector has counted so far; subtract a snapshot taken before a phase to get that phase's share.</summary>
    public static MemoryFigures Now()
    {
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return new MemoryFigures(
            process.PeakWorkingSet64,
            process.WorkingSet64,
            info.HeapSizeBytes,
            info.TotalCommittedBytes,
            GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration());
    }

    public MemoryFigures Since(MemoryFigures start) => this with
    {
        Allocated = Allocated - start.Allocated,
        Gen0 = Gen0 - start.Gen0,
        Gen1 = Gen1 - start.Gen1,
        Gen2 = Gen2 - start.Gen2,
        GcPause = GcPause - start.GcPause,
    };
}
