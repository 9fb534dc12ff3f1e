using System.Diagnostics;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>Wall time and process CPU time of a piece of work, and what the machine's cores did meanwhile.</summary>
internal sealed class CpuClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = ProcessCpu();
    private readonly MachineTimes? _machineAtStart = MachineTimes.Now();

    public TimeSpan Wall => _wall.Elapsed;

    public TimeSpan Cpu => ProcessCpu() - _cpuAtStart;

    /// <summary>Since the clock started; null where the machine does not tell.</summary>
    public MachineTimes? Machine => _machineAtStart is { } start ? MachineTimes.Now()?.Since(start) : null;

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
