using System.Collections.Concurrent;
using Pipeline.Index;
using Pipeline.Sources;
using Pipeline.Storage;

namespace Pipeline.Ingestion;

/// <summary>
/// Runs sources through the stages: read and clean them, detect their language, store them
/// (the database is the system of record) with their mentions and claims, then index them.
/// </summary>
/// <remarks>
/// Work goes in batches. Reading, analysis and indexing run on every core; each batch's
/// documents and their analyses are stored in one transaction, so a document is never stored
/// without them. A run holds the index's writer from start to end, so runs in other processes
/// wait, and commits the index once, with the watermark of what it stored: a crash between
/// storing and that commit leaves the watermark behind the database, and the next run (or
/// `serve`'s timer) catches up, indexing whatever the database holds that the index lacks.
/// </remarks>
/// <param name="maxFile">The largest file read; <see cref="Sources.FileSizeLimit.Default"/> when not given.</param>
public sealed class IngestionService(Func<PipelineDbContext> openDatabase, DocumentIndex index, DocumentAnalyzer analyzer, Sources.FileSizeLimit? maxFile = null)
{
    public const int BatchSize = 200;

    private readonly IndexCatchUp _catchUp = new(openDatabase, index);

    public Task<IngestReport> IngestAsync(
        IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, CancellationToken ct = default) =>
        IngestAsync(files, path => SourceRead.From(path, maxFile ?? Sources.FileSizeLimit.Default), progress, ct);

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
        using var writing = index.OpenWriting();
        await _catchUp.RunAsync(writing, ct);
        IndexWatermark? stored = null;

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
                // Counted as soon as the batch is committed: a run stopped while indexing it reports it as stored.
                foreach (var result in saved)
                {
                    counts[result.Outcome]++;
                }
                characters += incoming.Sum(d => (long)d.Text.Length);
                // An unchanged document is indexed again if its entry is missing or stale.
                var indexed = index.HashesOf(saved.Where(s => s.Outcome == SaveOutcome.Unchanged).Select(s => s.Document.Id));
                var toIndex = saved.Where(s => s.Outcome != SaveOutcome.Unchanged || indexed[s.Document.Id] != s.Document.ContentHash).ToList();
                await indexing;
                indexing = Task.Run(() => Parallel.ForEach(toIndex, parallel, s =>
                    writing.Upsert(ToIndexed(s.Document, analyses.GetValueOrDefault(s.Document.Id) ?? analyzer.Analyze(s.Document)))), ct);
                stored = IndexWatermark.Latest(stored, Newest(saved));
                progress?.Report(new IngestProgress(counts.Values.Sum() + failures.Count, files.Count));
            }
            await indexing;
        }
        catch (Exception e)
        {
            // The batch being indexed finishes before the writer is dropped, with what it did since the last
            // commit; the batches stored stay stored, and the next run's catch-up indexes them.
            await Task.WhenAny(indexing);
            throw new IngestStoppedException(Report(), e);
        }

        writing.Commit(stored);
        return Report();

        IngestReport Report() => new(counts[SaveOutcome.New], counts[SaveOutcome.Updated], counts[SaveOutcome.Unchanged], failures, characters);
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
    /// rebuilds the index from the database, which stays the system of record. The new index is
    /// built in a folder of its own and swapped in by one commit when complete: until then, and
    /// after a failed or killed rebuild, the old index serves.
    /// </summary>
    public async Task<int> ReindexAsync(IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        using var writing = index.OpenWriting();
        var rebuildPath = index.Path.TrimEnd(Path.DirectorySeparatorChar) + ".rebuild";
        // Left by a rebuild that was killed: it was never swapped in.
        if (System.IO.Directory.Exists(rebuildPath))
        {
            System.IO.Directory.Delete(rebuildPath, recursive: true);
        }
        IndexWatermark? watermark = null;
        var done = 0;
        using (var rebuilt = index.Beside(rebuildPath))
        using (var building = rebuilt.OpenWriting())
        {
            await using var reading = openDatabase();
            var total = await new DocumentStore(reading).CountAsync(ct);
            var parallel = OnEveryCore(ct);
            var batch = new List<Document>(BatchSize);
            await foreach (var document in new DocumentStore(reading).StreamAllAsync(ct))
            {
                batch.Add(document);
                watermark = IndexWatermark.Latest(watermark, new IndexWatermark(document.UpdatedAt));
                if (batch.Count == BatchSize)
                {
                    done += await ReanalyzeAsync(batch, building, parallel, ct);
                    batch.Clear();
                    progress?.Report(new IngestProgress(done, total));
                }
            }
            done += await ReanalyzeAsync(batch, building, parallel, ct);
            progress?.Report(new IngestProgress(done, total));
            building.Commit(watermark);
        }
        writing.ReplaceAllWith(rebuildPath);
        // The watermark is the rebuild's, not the old index's (which may be later).
        writing.Commit(watermark, replacing: true);
        System.IO.Directory.Delete(rebuildPath, recursive: true);
        // Only this run, holding the index's writer, ever locks the rebuild folder.
        File.Delete(rebuildPath + ".lock");
        // Documents another machine stored during the rebuild.
        await _catchUp.RunAsync(writing, ct);
        return done;
    }

    private async Task<int> ReanalyzeAsync(List<Document> documents, IndexWriting building, ParallelOptions parallel, CancellationToken ct)
    {
        var analyses = new DocumentAnalysis[documents.Count];
        Parallel.For(0, documents.Count, parallel, i => analyses[i] = analyzer.Analyze(documents[i]));
        await using (var db = openDatabase())
        {
            await new ExtractionStore(db).ReplaceAsync([.. documents.Select((d, i) => (d.Id, analyses[i].Mentions, analyses[i].Claims))], ct);
        }
        Parallel.For(0, documents.Count, parallel, i => building.Upsert(ToIndexed(documents[i], analyses[i])));
        return documents.Count;
    }

    private static ParallelOptions OnEveryCore(CancellationToken ct) =>
        new() { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The watermark of a batch: its newest stored change (none when it changed nothing).</summary>
    private static IndexWatermark? Newest(IReadOnlyList<SaveResult> saved)
    {
        var changed = saved.Where(s => s.Outcome != SaveOutcome.Unchanged).ToList();
        return changed.Count == 0 ? null : new IndexWatermark(changed.Max(s => s.Document.UpdatedAt));
    }

    internal static IndexedDocument ToIndexed(Document d, DocumentAnalysis analysis) =>
        new(d.Id, d.Title, d.Source, d.Language, d.Script, d.PublishedOn, d.Text, analysis.Entities, d.ContentHash);
}
