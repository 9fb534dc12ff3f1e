using System.Globalization;
using Lucene.Net.Analysis;
using Pipeline.Benchmarks.Corpus;
using Pipeline.Benchmarks.Throughput;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Storage;
using Pipeline.Text;

namespace Pipeline.Benchmarks.Stages;

/// <summary>
/// The <c>stages</c> command: where the pipeline's time goes. Part 1 times each stage on its own,
/// on one thread, over the whole generated corpus (read, decode, clean, title and date, language,
/// hash, the two body fields' analysis, database save in batches, index upsert, commit). Part 2
/// runs <see cref="IngestionService.IngestAsync"/>'s own loop with a clock on each of its three
/// phases per batch (parallel read, serial save, parallel index), to show how long the cores wait
/// on the serial one.
/// </summary>
internal static class StageProfile
{
    private static readonly Lazy<Pipeline.Extraction.Entities.Lexicon> Lexicon = new(Pipeline.Extraction.Entities.Lexicon.LoadDefault);

    private static readonly Lazy<DocumentAnalyzer> Analyzer = new(() => DocumentAnalyzer.Create(ConfigFolder.Locate(), Lexicon.Value));

    /// <summary>The analyzers `ingest` indexes with: the lexicon's names kept whole, its concepts marked.</summary>
    private static IndexAnalyzers LexiconAnalyzers() =>
        IndexAnalyzers.CreateDefault(Lexicon.Value.ProtectedTerms, concepts: Lexicon.Value.IndexedConcepts);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (ThroughputOptions.Parse(args, out var error) is not { } options)
        {
            Console.Error.WriteLine(error?.Replace("throughput", "stages", StringComparison.Ordinal));
            return 2;
        }
        using var folder = WorkFolder.For(options.Keep, "pipeline-stages");
        var root = folder.Path;
        var pool = SentencePool.Load(Path.Combine(RepositoryRoot.Find(), "corpus"));
        var corpus = BenchmarkCorpus.Generate(Path.Combine(root, "corpus"), options.Megabytes * 1024L * 1024L, pool);
        Console.WriteLine($"corpus: {corpus.Files.Count:N0} files, {corpus.Bytes / 1048576.0:N1} MiB, {corpus.Characters / 1e6:N2} M chars; {Environment.ProcessorCount} cores");
        var files = SourceFiles.Expand([corpus.Directory]).ToList();
        var characters = await SingleThreadedAsync(files, Path.Combine(root, "single"));
        await IngestionPhasesAsync(files, Path.Combine(root, "phases"), characters);
        return 0;
    }

    private static async Task<long> SingleThreadedAsync(List<string> files, string dataDirectory)
    {
        var times = new StageTimes();
        var documents = new List<IncomingDocument>(files.Count);
        foreach (var path in files)
        {
            var bytes = times.Time("read file", () => File.ReadAllBytes(path));
            var decoded = times.Time("decode", () => TextDecoder.Decode(bytes));
            var text = times.Time("clean", () => TextCleaner.Clean(decoded));
            var (title, date) = times.Time("title and date", () => (TextMetadata.FindTitle(text), TextMetadata.FindDate(text)));
            var language = times.Time("detect language", () => LanguageDetector.Detect(text));
            documents.Add(new IncomingDocument(path, text, title, date, language.Language, language.Script));
        }
        _ = times.Time("content hash", () => documents.Select(d => ContentHash.Of(d.Text)).ToList());
        var characters = documents.Sum(d => (long)d.Text.Length);

        // The index below owns the analyzers and disposes them.
        var analyzers = LexiconAnalyzers();
        foreach (var document in documents)
        {
            times.Time("analyze body (words)", () => Consume(analyzers.Words, IndexFields.Body, document.Text));
            times.Time("analyze body, concepts marked", () => Consume(analyzers.Indexing, IndexFields.Body, document.Text));
            times.Time("analyze body_cjk (bigrams)", () => Consume(analyzers.Bigrams, IndexFields.BodyBigrams, document.Text));
            times.Time("analyze body_cjk, concepts marked", () => Consume(analyzers.Indexing, IndexFields.BodyBigrams, document.Text));
        }

        var storage = new StorageOptions(dataDirectory);
        await PipelineDatabase.EnsureCreatedAsync(storage);
        var saved = new List<Document>(documents.Count);
        foreach (var batch in documents.Chunk(IngestionService.BatchSize))
        {
            await using var db = PipelineDatabase.Open(storage);
            var results = await times.TimeAsync("database save (batches of 200)", () => new DocumentStore(db).SaveBatchAsync(batch));
            saved.AddRange(results.Select(r => r.Document));
        }

        using (var index = new DocumentIndex(PipelineRun.IndexPath(dataDirectory), analyzers))
        using (var writing = index.OpenWriting())
        {
            foreach (var batch in saved.Chunk(IngestionService.BatchSize))
            {
                var analyses = new List<(int, IReadOnlyList<Pipeline.Extraction.Mention>, IReadOnlyList<Pipeline.Claims.Claim>)>(batch.Length);
                foreach (var document in batch)
                {
                    var analysis = times.Time("extract mentions + build claims", () => Analyzer.Value.Analyze(document));
                    analyses.Add((document.Id, analysis.Mentions, analysis.Claims));
                    times.Time("index upsert (analysis + stored text)", () =>
                    {
                        writing.Upsert(IngestionService.ToIndexed(document, analysis));
                        return 0;
                    });
                }
                await using var db = PipelineDatabase.Open(storage);
                await times.TimeAsync("store mentions + claims (batches of 200)", async () =>
                {
                    await new ExtractionStore(db).ReplaceAsync(analyses);
                    return 0;
                });
            }
            times.Time("index commit", () =>
            {
                writing.Commit(null);
                return 0;
            });
        }

        Console.WriteLine();
        Console.WriteLine($"Part 1: each stage alone, one thread, {characters / 1e6:N2} M chars (analysis is timed twice: alone, and again inside the upsert)");
        Print(times, characters, excludeFromTotal: ["analyze body (words)", "analyze body, concepts marked", "analyze body_cjk (bigrams)", "analyze body_cjk, concepts marked"]);
        return characters;
    }

    private static async Task IngestionPhasesAsync(List<string> files, string dataDirectory, long characters)
    {
        var times = new StageTimes();
        var storage = new StorageOptions(dataDirectory);
        await PipelineDatabase.EnsureCreatedAsync(storage);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        using var index = new DocumentIndex(PipelineRun.IndexPath(dataDirectory), LexiconAnalyzers());
        using var writing = index.OpenWriting();
        var clock = new CpuClock();
        foreach (var batch in files.Chunk(IngestionService.BatchSize))
        {
            var read = new SourceRead[batch.Length];
            times.Time("read+decode+clean+detect (parallel)", () => Parallel.For(0, batch.Length, parallel, i => read[i] = SourceRead.From(batch[i], FileSizeLimit.Default)));
            var incoming = read.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
            await using var db = PipelineDatabase.Open(storage);
            var saved = await times.TimeAsync("database save (serial)", () => new DocumentStore(db).SaveBatchAsync(incoming));
            var toIndex = saved.Where(s => s.Outcome != SaveOutcome.Unchanged || !index.Contains(s.Document.Id)).ToList();
            var analyses = new System.Collections.Concurrent.ConcurrentDictionary<int, DocumentAnalysis>();
            times.Time("extract + claims (parallel)", () => Parallel.ForEach(toIndex, parallel, s => analyses[s.Document.Id] = Analyzer.Value.Analyze(s.Document)));
            times.Time("index upsert (parallel)", () => Parallel.ForEach(toIndex, parallel, s => writing.Upsert(IngestionService.ToIndexed(s.Document, analyses[s.Document.Id]))));
        }
        times.Time("index commit", () =>
        {
            writing.Commit(null);
            return 0;
        });
        Console.WriteLine();
        Console.WriteLine($"Part 2: IngestAsync's phases on {Environment.ProcessorCount} cores (wall time; cpu {clock.Cpu.TotalSeconds:N1} s over {clock.Wall.TotalSeconds:N1} s wall)");
        Print(times, characters, excludeFromTotal: []);
    }

    private static int Consume(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count++;
        }
        stream.End();
        return count;
    }

    private static void Print(StageTimes times, long characters, IReadOnlyCollection<string> excludeFromTotal)
    {
        var total = times.All.Where(s => !excludeFromTotal.Contains(s.Name)).Sum(s => s.Time.TotalSeconds);
        var allocated = times.All.Where(s => !excludeFromTotal.Contains(s.Name)).Sum(s => s.Allocated);
        Console.WriteLine($"{"stage",-48} {"seconds",8} {"share",7} {"M chars/s",10} {"alloc MiB",10} {"B/char",7}");
        foreach (var (name, time, bytes) in times.All)
        {
            var share = excludeFromTotal.Contains(name) ? "" : (time.TotalSeconds / total).ToString("P1", CultureInfo.InvariantCulture);
            Console.WriteLine($"{name,-48} {time.TotalSeconds,8:N2} {share,7} {characters / time.TotalSeconds / 1e6,10:N2} {bytes / 1048576.0,10:N0} {(double)bytes / characters,7:N1}");
        }
        Console.WriteLine($"{"total",-48} {total,8:N2} {"",7} {characters / total / 1e6,10:N2} {allocated / 1048576.0,10:N0} {(double)allocated / characters,7:N1}");
    }
}
