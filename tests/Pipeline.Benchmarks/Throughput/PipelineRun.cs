using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Storage;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// The full pipeline, set up as <c>pipeline ingest</c> sets it up: the folder expanded to files,
/// the SQLite database created in a fresh data directory, the index beside it, one
/// <see cref="IngestionService.IngestAsync"/> over everything, then the index closed. Without
/// extraction, no mentions or claims are found or stored: the stages issue #2 measured (decode,
/// clean, normalize, segment, index, store), before extraction joined them.
/// </summary>
internal static class PipelineRun
{
    public static async Task<(PhaseFigures Figures, IngestReport Report)> RunAsync(CorpusStats corpus, string dataDirectory, ChineseSegmenter segmenter, bool extraction = true)
    {
        var storage = new StorageOptions(dataDirectory);
        var clock = new CpuClock();
        var files = SourceFiles.Expand([corpus.Directory]).ToList();
        await PipelineDatabase.EnsureCreatedAsync(storage);
        IngestReport report;
        var config = ConfigFolder.Locate();
        var lexicon = Lexicon.Load(config);
        using (var analyzers = IndexAnalyzers.CreateDefault(lexicon.ProtectedTerms, segmenter))
        using (var index = new DocumentIndex(IndexPath(dataDirectory), analyzers))
        {
            var analyzer = extraction
                ? DocumentAnalyzer.Create(config, lexicon)
                : new DocumentAnalyzer(new MentionExtractor([]), new ClaimBuilder(AttributeCatalog.Load(config)));
            report = await new IngestionService(() => PipelineDatabase.Open(storage), index, analyzer).IngestAsync(files);
        }
        var figures = new PhaseFigures(extraction ? "pipeline" : "pipeline, no extraction", report.Characters, corpus.Bytes, clock.Wall, clock.Cpu);
        return (figures, report);
    }

    public static string IndexPath(string dataDirectory) => Path.Combine(dataDirectory, "index");
}
