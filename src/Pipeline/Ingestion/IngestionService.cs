using System.Collections.Concurrent;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.Ingestion;

/// <summary>
/// Runs sources through the stages: read and clean them, detect their language, store them
/// (the database is the system of record) with their mentions and claims, then index them.
/// </summary>
/// <remarks>
/// Work goes in batches. Reading, analysis and indexing run on every core; each batch's
/// documents and their analyses are stored in one transaction, so a document is never stored
/// without them. A crash between storing and indexing is repaired by the next run, which
/// indexes any stored document the index lacks.
/// </remarks>
public sealed class IngestionService(Func<PipelineDbContext> openDatabase, DocumentIndex index, DocumentAnalyzer analyzer)
{
    public const int BatchSize = 200;

    public Task<IngestReport> IngestAsync(
        IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) =>
        IngestAsync(files, SourceRead.From, progress, ct);

    /// <summary>Stores, analyzes and indexes pages already read (from feeds), as <see cref="IngestAsync(IReadOnlyList{string}, IProgress{IngestProgress}?, CancellationToken)"/> does files.</summary>
    public Task<IngestReport> IngestFetchedAsync(
        IReadOnlyList<Sources.Feeds.FetchedDocument> documents, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) =>
        IngestAsync(documents, d => SourceRead.From(d.Source, d.Content), progress, ct);

    private async Task<IngestReport> IngestAsync<T>(
        IReadOnlyList<T> files, Func<T, SourceRead> readOne, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var counts = new Dictionary<SaveOutcome, int> { [SaveOutcome.New] = 0, [SaveOutcome.Updated] = 0, [SaveOutcome.Unchanged] = 0 };
        var failures = new List<IngestFailure>();
        long characters = 0;
        var parallel = OnEveryCore(ct);

        // A batch is indexed while the next one is read and stored: storing waits on the
        // database, and indexing fills the cores meanwhile.
        var indexing = Task.CompletedTask;
        try
        {
            foreach (var batch in files.Chunk(BatchSize))
            {
                var read = new SourceRead[batch.Length];
                Parallel.For(0, batch.Length, parallel, i => read[i] = readOne(batch[i]));
                failures.AddRange(read.Where(r => r.Failure is not null).Select(r => r.Failure!));
                var incoming = read.Where(r => r.Document is not null).Select(r => r.Document!).ToList();

                var (saved, analyses) = await StoreAsync(incoming, parallel, ct);
                var toIndex = saved.Where(s => s.Outcome != SaveOutcome.Unchanged || !index.Contains(s.Document.Id)).ToList();
                await indexing;
                indexing = Task.Run(() => Parallel.ForEach(toIndex, parallel, s =>
                    index.Upsert(ToIndexed(s.Document, analyses.GetValueOrDefault(s.Document.Id) ?? analyzer.Analyze(s.Document)))), ct);

                foreach (var result in saved)
                {
                    counts[result.Outcome]++;
                }
                characters += incoming.Sum(d => (long)d.Text.Length);
                progress?.Report(new IngestProgress(counts.Values.Sum() + failures.Count, files.Count));
            }
            await indexing;
        }
        catch
        {
            // The batch being indexed finishes before the caller sees the error and disposes the index.
            await Task.WhenAny(indexing);
            throw;
        }

        index.Commit();
        return new IngestReport(counts[SaveOutcome.New], counts[SaveOutcome.Updated], counts[SaveOutcome.Unchanged], failures, characters);
    }

    /// <summary>Stores a batch of documents and, for the new and changed ones, their analyses, in one transaction.</summary>
    private async Task<(IReadOnlyList<SaveResult> Saved, ConcurrentDictionary<int, DocumentAnalysis> Analyses)> StoreAsync(
        List<Storage.IncomingDocument> incoming, ParallelOptions parallel, CancellationToken ct)
    {
        var analyses = new ConcurrentDictionary<int, DocumentAnalysis>();
        await using var db = openDatabase();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var saved = await new DocumentStore(db).SaveBatchAsync(incoming, ct);
        var changed = saved.Where(s => s.Outcome != SaveOutcome.Unchanged).Select(s => s.Document).ToList();
        Parallel.ForEach(changed, parallel, d => analyses[d.Id] = analyzer.Analyze(d));
        await new ExtractionStore(db).ReplaceAsync([.. changed.Select(d => (d.Id, analyses[d.Id].Mentions, analyses[d.Id].Claims))], ct);
        await transaction.CommitAsync(ct);
        return (saved, analyses);
    }

    /// <summary>
    /// Analyzes every stored document again (after the lexicon or the attributes changed) and
    /// rebuilds the index from the database, which stays the system of record.
    /// </summary>
    public async Task<int> ReindexAsync(IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        await using var reading = openDatabase();
        var total = await new DocumentStore(reading).CountAsync(ct);
        index.DeleteAll();
        var done = 0;
        var parallel = OnEveryCore(ct);
        var batch = new List<Document>(BatchSize);
        await foreach (var document in new DocumentStore(reading).StreamAllAsync(ct))
        {
            batch.Add(document);
            if (batch.Count == BatchSize)
            {
                done += await ReanalyzeAsync(batch, parallel, ct);
                batch.Clear();
                progress?.Report(new IngestProgress(done, total));
            }
        }
        done += await ReanalyzeAsync(batch, parallel, ct);
        progress?.Report(new IngestProgress(done, total));
        index.Commit();
        return done;
    }

    private async Task<int> ReanalyzeAsync(List<Document> documents, ParallelOptions parallel, CancellationToken ct)
    {
        var analyses = new DocumentAnalysis[documents.Count];
        Parallel.For(0, documents.Count, parallel, i => analyses[i] = analyzer.Analyze(documents[i]));
        await using (var db = openDatabase())
        {
            await new ExtractionStore(db).ReplaceAsync([.. documents.Select((d, i) => (d.Id, analyses[i].Mentions, analyses[i].Claims))], ct);
        }
        Parallel.For(0, documents.Count, parallel, i => index.Upsert(ToIndexed(documents[i], analyses[i])));
        return documents.Count;
    }

    private static ParallelOptions OnEveryCore(CancellationToken ct) =>
        new() { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };

    internal static IndexedDocument ToIndexed(Document d, DocumentAnalysis analysis) =>
        new(d.Id, d.Title, d.Source, d.Language, d.Script, d.PublishedOn, d.Text, analysis.Entities);
}
