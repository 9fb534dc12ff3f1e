using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Ingestion;
using Pipeline.Storage;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>Prints the figures of a throughput run as plain fixed-width tables on stdout.</summary>
internal sealed class ThroughputReport(TextWriter output)
{
    private const double Mebibyte = 1024.0 * 1024.0;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Machine()
    {
        Line("machine", $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.OSArchitecture}");
        Line("runtime", $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {GCSettings.LatencyMode}, " +
            (CompiledAhead(typeof(IngestionService).Assembly) ? "ReadyToRun (as ./pipeline runs)" : "JIT only (tests/Pipeline.Benchmarks/run runs ReadyToRun, as ./pipeline does)"));
        Line("tiering", Tiering());
        Line("memory", $"{Mb(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes):N0} MiB available to the GC");
    }

    /// <summary>When the runtime recompiles hot methods optimized, as Directory.Build.props sets it (or a DOTNET_TC_ variable overrides it).</summary>
    private static string Tiering()
    {
        var threshold = AppContext.GetData("System.Runtime.TieredCompilation.CallCountThreshold") ?? "30 (the runtime's default)";
        var delay = AppContext.GetData("System.Runtime.TieredCompilation.CallCountingDelayMs") is { } ms ? $"{ms} ms" : "100 ms (the runtime's default)";
        var overridden = Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("DOTNET_TC_", StringComparison.Ordinal)).Order()
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}").ToList();
        return $"hot methods optimized after {threshold} calls, counted once no new method has run for {delay}" +
            (overridden.Count > 0 ? $" (overridden by {string.Join(", ", overridden)})" : string.Empty);
    }

    /// <summary>Whether the assembly holds code compiled ahead (a ReadyToRun header), not IL alone.</summary>
    private static bool CompiledAhead(System.Reflection.Assembly assembly)
    {
        using var file = File.OpenRead(assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(file);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    public void Corpus(CorpusStats corpus, TimeSpan generation)
    {
        Line("corpus", $"{corpus.Files.Count:N0} files, {Mb(corpus.Bytes):N1} MiB, {corpus.Characters / 1e6:N2} M chars, generated in {generation.TotalSeconds:N1} s");
        Line("languages", $"zh {corpus.ChineseShare:P1} / en {1 - corpus.ChineseShare:P1} of characters; " +
            $"{corpus.Count(ArticleKind.Simplified):N0} Hans, {corpus.Count(ArticleKind.Traditional):N0} Hant, {corpus.Count(ArticleKind.English):N0} en files");
        Line("encodings", $"{corpus.CountEncoding(BenchmarkCorpus.Utf8):N0} UTF-8, {corpus.CountEncoding(BenchmarkCorpus.Gb18030):N0} GB18030, {corpus.CountEncoding(BenchmarkCorpus.Big5):N0} Big5; " +
            $"{corpus.Files.Min(f => f.Bytes) / 1024.0:N1}-{corpus.Files.Max(f => f.Bytes) / 1024.0:N1} KB per file");
        output.WriteLine();
    }

    public void Ingestion(IngestReport report)
    {
        Line("ingest", $"{report.New:N0} new, {report.Updated:N0} updated, {report.Unchanged:N0} unchanged, {report.Failed:N0} failed; {report.Characters / 1e6:N2} M chars after cleaning");
        foreach (var failure in report.Failures.Take(5))
        {
            Line("  failure", $"{Path.GetFileName(failure.Source)}: {failure.Reason}");
        }
        output.WriteLine();
    }

    public void Throughput(IReadOnlyList<PhaseFigures> pipelines, IReadOnlyList<PhaseFigures> baselines, JitFigures jit)
    {
        output.WriteLine($"{"run",-24} {"chars/s",12} {"MiB/s",8} {"wall s",8} {"cpu s",8} {"cpu use",8} {"io wait",8} {"stolen",7}  pipelines/this");
        foreach (var run in pipelines.Concat(baselines))
        {
            var ratios = pipelines.Contains(run) ? "" : string.Join(" | ", pipelines.Select(p => $"{p.CharactersPerSecond / run.CharactersPerSecond,6:P1}"));
            var (ioWait, stolen) = run.Machine is { } machine ? (machine.IoWaitShare.ToString("P0", Invariant), machine.StolenShare.ToString("P0", Invariant)) : ("-", "-");
            output.WriteLine($"{run.Name,-24} {run.CharactersPerSecond,12:N0} {run.MegabytesPerSecond,8:N2} {run.Wall.TotalSeconds,8:N1} {run.Cpu.TotalSeconds,8:N1} {run.CpuUtilisation,8:P0} {ioWait,8} {stolen,7}  {ratios}");
        }
        output.WriteLine($"target (issue #12): pipeline >= 35% of baseline, 1 thread, with cpu use > 90% (ratios in the order of the pipeline rows)");
        output.WriteLine("io wait, stolen: shares of the machine's core time spent waiting for the disk, and taken by the host");
        output.WriteLine(string.Create(Invariant, $"compiling: {jit.Methods:N0} methods, {jit.Time.TotalSeconds:N1} s of JIT during the first pipeline run (the warm run compiles almost none)"));
        if (pipelines[0].Stores is { Batches: > 0 } stores)
        {
            // The serial stage: when its batches take longer as the database grows, the other cores wait.
            Line("storing a batch", string.Create(Invariant,
                $"{stores.FirstTenth.TotalMilliseconds:N0} ms in the first tenth of the run, {stores.LastTenth.TotalMilliseconds:N0} ms in the last ({stores.Batches:N0} batches, first pipeline run)"));
        }
        output.WriteLine();
    }

    public void Memory(MemoryFigures afterPipeline, MemoryFigures atEnd)
    {
        Line("peak working set", $"{Mb(afterPipeline.PeakWorkingSet):N0} MiB after the pipeline phase (target < 1024 MiB); {Mb(atEnd.PeakWorkingSet):N0} MiB at the end of the run");
        Line("GC (pipeline)", $"{Mb(afterPipeline.Allocated) / 1024:N1} GiB allocated; heap {Mb(afterPipeline.HeapSize):N0} MiB, committed {Mb(afterPipeline.Committed):N0} MiB; " +
            $"collections gen0 {afterPipeline.Gen0:N0}, gen1 {afterPipeline.Gen1:N0}, gen2 {afterPipeline.Gen2:N0}; pauses {afterPipeline.GcPause.TotalMilliseconds:N0} ms");
        output.WriteLine();
    }

    public void Search(LatencyFigures latency, string target)
    {
        output.WriteLine($"{"search (ms)",-22} {"p50",8} {"p90",8} {"p99",8} {"max",8} {"mean",8}");
        output.WriteLine($"{$"{latency.Count:N0} queries",-22} {latency.Percentile(50),8:N2} {latency.Percentile(90),8:N2} {latency.Percentile(99),8:N2} {latency.Max,8:N2} {latency.Mean,8:N2}");
        output.WriteLine($"target: {target}; {latency.TotalHits:N0} hits in all, {latency.QueriesWithoutHits} queries without hits, {latency.Errors} errors");
        output.WriteLine($"slowest: {string.Join("; ", latency.Slowest.Select(s => $"{s.Query} {s.Milliseconds:N0} ms"))}");
        output.WriteLine();
    }

    public void Extraction(long characters, TimeSpan elapsed, long mentions, long claims)
    {
        output.WriteLine();
        Line("extraction, 1 core", string.Create(Invariant,
            $"{characters / elapsed.TotalSeconds:N0} chars/s ({characters / 1e6:N2} M chars in {elapsed.TotalSeconds:N1} s; {mentions:N0} mentions, {claims:N0} claims)"));
    }

    public void Line(string label, string value) => output.WriteLine(string.Create(Invariant, $"{label + ":",-18} {value}"));

    private static double Mb(long bytes) => bytes / Mebibyte;
}
