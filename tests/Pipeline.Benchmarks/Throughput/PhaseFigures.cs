namespace Pipeline.Benchmarks.Throughput;

/// <summary>How fast one indexing run went: characters and input bytes over wall time, and the CPU it used.</summary>
internal sealed record PhaseFigures(string Name, long Characters, long Bytes, TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>The serial store stage's time per batch, first and last tenth of the run; pipeline runs only.</summary>
    public StoreTrend? Stores { get; init; }

    /// <summary>What the machine's cores did during the run: disk waits and time taken by the host.</summary>
    public MachineTimes? Machine { get; init; }

    public double CharactersPerSecond => Characters / Wall.TotalSeconds;

    public double MegabytesPerSecond => Bytes / (1024.0 * 1024.0) / Wall.TotalSeconds;

    /// <summary>CPU time over wall time, per core: 1.0 keeps every core busy all the time.</summary>
    public double CpuUtilisation => Cpu.TotalSeconds / Wall.TotalSeconds / Environment.ProcessorCount;
}
