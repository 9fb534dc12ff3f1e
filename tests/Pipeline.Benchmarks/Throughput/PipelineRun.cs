using Microsoft.Extensions.DependencyInjection;
using Pipeline.App.Hosting;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Storage;
using Pipeline.Text;

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
    public static async Task<(PhaseFigures Figures, IngestReport Report)> RunAsync(
        CorpusStats corpus, string dataDirectory, ChineseSegmenter segmenter, bool extraction = true, string? name = null)
    {
        var clock = new CpuClock();
        var files = SourceFiles.Expand([corpus.Directory]).ToList();
        IngestReport report;
        using var stores = new StoreTrend.Recorder();
        using (var pipeline = Services(dataDirectory, segmenter, extraction))
        {
            var ingestion = await PipelineData.ServiceWithDatabaseAsync(
                pipeline.GetRequiredService<IngestionService>, pipeline.GetRequiredService<PipelineData>, CancellationToken.None);
            report = await ingestion.IngestAsync(files);
        }
        var figures = new PhaseFigures(name ?? (extraction ? "pipeline" : "pipeline, no extraction"), report.Characters, corpus.Bytes, clock.Wall, clock.Cpu)
        {
            Stores = stores.Trend(),
            Machine = clock.Machine,
        };
        return (figures, report);
    }

    /// <summary>
    /// The pipeline's own composition root (<see cref="PipelineServices.AddPipeline"/>) over
    /// <paramref name="dataDirectory"/>, with the segmenter measured and, without extraction, an
    /// analyzer that finds nothing to extract.
    /// </summary>
    public static ServiceProvider Services(string dataDirectory, ChineseSegmenter segmenter, bool extraction = true)
    {
        ScriptConverter.BuildInBackground(); // as PipelineHost does
        var services = new ServiceCollection().AddPipeline(PipelinePaths.For(dataDirectory));
        services.AddSingleton(new IndexOptions(segmenter));
        if (!extraction)
        {
            services.AddSingleton(s => new DocumentAnalyzer(new MentionExtractor([]), new ClaimBuilder(s.GetRequiredService<AttributeCatalog>())));
        }
        return services.BuildServiceProvider();
    }

    public static string IndexPath(string dataDirectory) => Path.Combine(dataDirectory, "index");
}
