using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Pipeline.Benchmarks.Micro;

/// <summary>
/// Short runs (ShortRun: 3 warm-ups, 3 iterations) in this process: the in-process toolchain needs
/// no generated project, so the repository's build settings never get in the way.
/// </summary>
internal sealed class MicroConfig : ManualConfig
{
    public MicroConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(new ThroughputColumn());
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.JoinSummary);
    }
}
