using System.Diagnostics;
using Pipeline.Extraction.Entities;
using Pipeline.Ingestion;
using Pipeline.Storage;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// Extraction alone on one core: every stored document of the pipeline's run through the mention
/// extractors and the claim builder, as ingestion and reindex run them.
/// </summary>
internal static class ExtractionRun
{
    public static async Task<(long Characters, TimeSpan Elapsed, long Mentions, long Claims)> RunAsync(string dataDirectory)
    {
        var analyzer = DocumentAnalyzer.Create(ConfigFolder.Locate(), Lexicon.LoadDefault());
        var documents = new List<Document>();
        await using (var db = PipelineDatabase.Open(new StorageOptions(dataDirectory)))
        {
            await foreach (var document in new DocumentStore(db).StreamAllAsync())
            {
                documents.Add(document);
            }
        }
        analyzer.Analyze(documents[0]); // warm up: first calls compile and load tables
        long characters = 0, mentions = 0, claims = 0;
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            var analysis = analyzer.Analyze(document);
            characters += document.Text.Length;
            mentions += analysis.Mentions.Count;
            claims += analysis.Claims.Count;
        }
        return (characters, clock.Elapsed, mentions, claims);
    }
}
