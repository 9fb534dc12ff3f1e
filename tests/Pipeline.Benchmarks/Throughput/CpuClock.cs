using System.Diagnostics;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>Wall time and process CPU time of a piece of work.</summary>
internal sealed class CpuClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = ProcessCpu();

    public TimeSpan Wall => _wall.Elapsed;

    public TimeSpan Cpu => ProcessCpu() - _cpuAtStart;

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
