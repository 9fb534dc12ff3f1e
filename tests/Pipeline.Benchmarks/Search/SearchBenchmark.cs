using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Benchmarks.Throughput;
using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.Benchmarks.Search;

/// <summary>
/// The <c>search</c> command: search latency at scale. Builds an index of <c>--documents</c>
/// generated articles (or reuses the one a previous run kept in <c>--keep</c>), opens it afresh as
/// <c>pipeline search</c> does, and times the query mix of <c>throughput</c> on it.
/// </summary>
internal static class SearchBenchmark
{
    /// <summary>Written beside the kept index once it is complete: a later run reuses the index only if it says the same size.</summary>
    private const string Marker = "search-index.txt";

    public static int Run(IReadOnlyList<string> args)
    {
        if (SearchOptions.Parse(args, out var error) is not { } options)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        if (options.Data is { } existing)
        {
            return MeasureExisting(existing, options);
        }
        using var folder = WorkFolder.For(options.Keep, "pipeline-search");
        var root = folder.Path;
        var marker = Path.Combine(root, Marker);
        var wanted = $"documents={options.Documents} seed={GeneratedIndex.Seed}";
        var reuse = File.Exists(marker) && File.ReadAllText(marker).Trim() == wanted;
        if (!reuse && !folder.IsEmpty)
        {
            Console.Error.WriteLine($"{root}: neither empty nor an index of {options.Documents:N0} documents kept by this command; give --keep another folder");
            return 2;
        }
        var report = new ThroughputReport(Console.Out);
        var data = Path.Combine(root, "data");
        report.Machine();
        var segmenter = options.ChineseAnalyzer ?? IndexOptions.Load(ConfigFolder.Locate()).ChineseSegmenter;
        report.Line("chinese analyzer", segmenter.Name());
        if (reuse)
        {
            report.Line("index", $"kept from an earlier run in {root}");
        }
        else
        {
            Build(data, options.Documents, segmenter, report);
            File.WriteAllText(marker, wanted + "\n");
        }
        report.Line("index size", $"{DiskBytes(PipelineRun.IndexPath(data)) / 1024.0 / 1024.0:N1} MiB on disk");
        Measure(data, options.Queries, segmenter, report, "p99 < 20 ms at 100,000 documents");
        if (folder.Kept)
        {
            report.Line("kept", root);
        }
        return 0;
    }

    /// <summary>The query mix on an index built before, by ingestion or by this command: nothing is built or kept.</summary>
    private static int MeasureExisting(string data, SearchOptions options)
    {
        var report = new ThroughputReport(Console.Out);
        report.Machine();
        var segmenter = options.ChineseAnalyzer ?? IndexOptions.Load(ConfigFolder.Locate()).ChineseSegmenter;
        report.Line("chinese analyzer", segmenter.Name());
        report.Line("index", $"{Path.GetFullPath(data)}, {DiskBytes(PipelineRun.IndexPath(data)) / 1024.0 / 1024.0:N1} MiB on disk");
        Measure(data, options.Queries, segmenter, report, "p99 < 10 ms on the 50 MB corpus, < 20 ms at 100,000 documents");
        return 0;
    }

    private static void Build(string data, int documents, ChineseSegmenter segmenter, ThroughputReport report)
    {
        var clock = new CpuClock();
        var pool = SentencePool.Load(Path.Combine(RepositoryRoot.Find(), "corpus"));
        long characters;
        using (var pipeline = PipelineRun.Services(data, segmenter))
        {
            characters = GeneratedIndex.Build(pipeline, documents, pool);
        }
        report.Line("built", $"{documents:N0} documents, {characters / 1e6:N1} M chars in {clock.Wall.TotalSeconds:N1} s ({clock.Cpu.TotalSeconds:N1} cpu s)");
    }

    /// <summary>
    /// Opens the index as <c>pipeline search</c> does (the lexicon, then the index with its damage
    /// check and its first searcher) and times each step, then the first query and the mix.
    /// </summary>
    private static void Measure(string data, int queries, ChineseSegmenter segmenter, ThroughputReport report, string target)
    {
        var clock = Stopwatch.StartNew();
        using var pipeline = PipelineRun.Services(data, segmenter);
        pipeline.GetRequiredService<Lexicon>();
        var lexicon = clock.Elapsed;
        var searcher = pipeline.GetRequiredService<DocumentSearcher>();
        var count = pipeline.GetRequiredService<DocumentIndex>().Count;
        var open = clock.Elapsed - lexicon;
        var first = Stopwatch.StartNew();
        var hits = searcher.Search(new SearchRequest(QueryMix.Build(1)[0])).TotalHits;
        report.Line("docs", $"{count:N0}");
        report.Line("open", $"{open.TotalMilliseconds:N0} ms (index, its damage check and first searcher), after {lexicon.TotalMilliseconds:N0} ms loading the lexicon");
        report.Line("first query", $"{first.Elapsed.TotalMilliseconds:N0} ms ({hits:N0} hits)");
        report.Search(SearchLatency.Measure(searcher, queries), target);
    }

    private static long DiskBytes(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
