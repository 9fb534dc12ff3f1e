using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;

namespace Pipeline.Benchmarks.Search;

/// <summary>
/// An index of many short generated articles (1-3 KB), shaped as the pipeline's: written through
/// <see cref="IndexWriting.Upsert"/> with the pipeline's analyzers, each document's entities found
/// by the lexicon's extractor. No database and no claims: only the index is searched. Texts are
/// drawn in order from one seed, so the same documents come out on every run.
/// </summary>
internal static class GeneratedIndex
{
    public const int Seed = 20251203;
    private const int MinBytes = 1024;
    private const int MaxBytes = 3 * 1024;
    private const int Batch = 2000;
    private const int DaysSpanned = 3 * 365;

    /// <summary>Writes <paramref name="count"/> documents into the empty index of <paramref name="pipeline"/> and commits them.</summary>
    /// <returns>Characters written.</returns>
    public static long Build(IServiceProvider pipeline, int count, SentencePool pool)
    {
        var index = pipeline.GetRequiredService<DocumentIndex>();
        // Entities alone, as ingestion finds them: candidate organisations are never indexed, so skip looking.
        var entities = new EntityExtractor(pipeline.GetRequiredService<Lexicon>(), findCandidates: false);
        var random = new Random(Seed);
        var builder = new ArticleBuilder(pool, random);
        long characters = 0;
        var clock = Stopwatch.StartNew();
        using var writing = index.OpenWriting();
        for (var first = 1; first <= count; first += Batch)
        {
            var texts = Enumerable.Range(first, Math.Min(Batch, count - first + 1))
                .Select(id => (Id: id, Kind: KindOf(random), Size: random.Next(MinBytes, MaxBytes)))
                .Select(d => (d.Id, d.Kind, Text: builder.Build(d.Kind, d.Id, d.Size, MaxBytes, bytesPerWideChar: 3)))
                .ToList();
            Parallel.ForEach(texts, d => writing.Upsert(Document(d.Id, d.Kind, d.Text, entities)));
            characters += texts.Sum(d => (long)d.Text.Length);
            if (first / Batch % 10 == 9)
            {
                Console.Error.WriteLine($"  {first + texts.Count - 1:N0} documents indexed in {clock.Elapsed.TotalSeconds:N0} s");
            }
        }
        writing.Commit(watermark: null);
        return characters;
    }

    /// <summary>Three documents in ten Simplified, three Traditional, four English, as the throughput corpus by files.</summary>
    private static ArticleKind KindOf(Random random) => random.Next(10) switch
    {
        < 3 => ArticleKind.Simplified,
        < 6 => ArticleKind.Traditional,
        _ => ArticleKind.English,
    };

    private static IndexedDocument Document(int id, ArticleKind kind, string text, EntityExtractor entities)
    {
        var language = kind == ArticleKind.English ? "en" : "zh";
        var script = kind switch
        {
            ArticleKind.Simplified => "Hans",
            ArticleKind.Traditional => "Hant",
            _ => null,
        };
        // Indexed as ingestion indexes them: the verified lexicon entities of the analysis.
        var found = new DocumentAnalysis([.. entities.Extract(ExtractionInput.From(text, language, null))], []).Entities;
        var title = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        return new IndexedDocument(id, title, $"generated/{id:D6}_{kind.ToString().ToLowerInvariant()}.txt", language, script,
            new DateOnly(2023, 1, 1).AddDays(id * 7 % DaysSpanned), text, found, ContentHash: id.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
    }
}
