using System.Diagnostics;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Index;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// The <c>throughput</c> command: generate the corpus, ingest it with the full pipeline (first, so
/// the peak memory is the pipeline's), time searches on the result, then index the same files with
/// the plain Lucene baseline on one and on every core, and print the figures. The full pipeline runs
/// once more at the end, into a fresh folder, with its code compiled: the rate a long nightly run
/// keeps once the fresh process's compiling is behind it.
/// </summary>
internal static class ThroughputBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (ThroughputOptions.Parse(args, out var error) is not { } options)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        using var folder = WorkFolder.For(options.Keep, "pipeline-bench");
        var root = folder.Path;
        if (!folder.IsEmpty)
        {
            Console.Error.WriteLine($"{root}: not empty; give --keep an empty or new folder");
            return 2;
        }
        var report = new ThroughputReport(Console.Out);
        report.Machine();
        var segmenter = options.ChineseAnalyzer ?? IndexOptions.Load(ConfigFolder.Locate()).ChineseSegmenter;
        report.Line("chinese analyzer", segmenter.Name());
        var generation = Stopwatch.StartNew();
        var pool = SentencePool.Load(Path.Combine(RepositoryRoot.Find(), "corpus"));
        var corpus = BenchmarkCorpus.Generate(Path.Combine(root, "corpus"), options.Megabytes * 1024L * 1024L, pool);
        report.Corpus(corpus, generation.Elapsed);

        GC.Collect();
        var beforePipeline = MemoryFigures.Now();
        var beforeJit = JitFigures.Now();
        var (pipeline, ingest) = await PipelineRun.RunAsync(corpus, Path.Combine(root, "data"), segmenter);
        var jit = JitFigures.Now().Since(beforeJit);
        var afterPipeline = MemoryFigures.Now().Since(beforePipeline);
        report.Ingestion(ingest);

        var latency = SearchLatency.Measure(Path.Combine(root, "data"), options.Queries, segmenter);
        var extraction = await ExtractionRun.RunAsync(Path.Combine(root, "data"));
        GC.Collect();
        var (withoutExtraction, _) = await PipelineRun.RunAsync(corpus, Path.Combine(root, "data-no-extraction"), segmenter, extraction: false);

        GC.Collect();
        var baselines = new[]
        {
            BaselineRun.Run(corpus, Path.Combine(root, "baseline-1"), threads: 1),
            BaselineRun.Run(corpus, Path.Combine(root, "baseline-n"), threads: Environment.ProcessorCount),
        };
        GC.Collect();
        var (warm, _) = await PipelineRun.RunAsync(corpus, Path.Combine(root, "data-warm"), segmenter, name: "pipeline, warm");
        report.Throughput([pipeline, withoutExtraction, warm], baselines, jit);
        report.Search(latency, "p99 < 10 ms on the 50 MB corpus");
        report.Extraction(extraction.Characters, extraction.Elapsed, extraction.Mentions, extraction.Claims);
        report.Memory(afterPipeline, MemoryFigures.Now());
        if (folder.Kept)
        {
            report.Line("kept", root);
        }
        return 0;
    }
}
