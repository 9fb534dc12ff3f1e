using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Pipeline.Claims;
using Pipeline.Extraction;
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
/// without them, and indexed only once stored. A run holds the index's writer from start to end,
/// so runs in other processes wait, and commits the index once, with the watermark of what it
/// stored: a crash between
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
        var batches = files.Chunk(BatchSize).ToList();
        var preparing = new Queue<Task<PreparedBatch>>();
        // Reading and analysis need nothing of the index: the first batches are under way on every
        // core while the catch-up looks at it (its queries are a few tenths of a second on one core).
        PrepareAhead(0);
        try
        {
            await _catchUp.RunAsync(writing, ct);
        }
        catch
        {
            await BatchesUnderWayEnded();
            throw;
        }
        IndexWatermark? stored = null;

        // Three stages, each kept busy on its own: batches are read and analyzed ahead on every core,
        // stored one at a time (one writer, one transaction), and their documents indexed as soon as
        // they are stored, by a worker per core.
        using var indexing = new IndexingWorkers(writing, analyzer.Analyze, parallel.MaxDegreeOfParallelism, BatchSize, ct);
        try
        {
            for (var b = 0; b < batches.Count; b++)
            {
                PrepareAhead(b);
                var prepared = await preparing.Dequeue();
                failures.AddRange(prepared.Failures);

                var storing = Stopwatch.GetTimestamp();
                var (saved, analyses) = await StoreOrRefuseEachAsync(prepared, failures, ct);
                IngestionMetrics.StoreDuration.Record(Stopwatch.GetElapsedTime(storing).TotalSeconds);
                // Counted as soon as the batch is committed: a run stopped while indexing it reports it as stored.
                foreach (var result in saved)
                {
                    counts[result.Outcome]++;
                }
                characters += prepared.Documents.Sum(d => (long)d.Text.Length);
                if (b == batches.Count - 1)
                {
                    // The last batch: the workers write out what is buffered as they go, leaving the
                    // commit little to write on one thread while the other cores wait.
                    writing.FlushWhileIndexing();
                }
                // An unchanged document is indexed again if its entry is missing or stale.
                var indexed = index.HashesOf(saved.Where(s => s.Outcome == SaveOutcome.Unchanged).Select(s => s.Document.Id));
                foreach (var s in saved.Where(s => s.Outcome != SaveOutcome.Unchanged || indexed[s.Document.Id] != s.Document.ContentHash))
                {
                    await indexing.AddAsync(s.Document, analyses.GetValueOrDefault(s.Document.Id));
                }
                stored = IndexWatermark.Latest(stored, Newest(saved));
                progress?.Report(new IngestProgress(counts.Values.Sum() + failures.Count, files.Count));
            }
            await indexing.CompleteAsync();
        }
        catch (Exception e)
        {
            // The workers finish the document in hand before the writer is dropped, with what they did
            // since the last commit; the batches stored stay stored, and the next run's catch-up indexes
            // what was not. The batches being read are dropped: nothing of them was stored.
            await indexing.StopAsync();
            await BatchesUnderWayEnded();
            // A worker that failed stopped the run: its error is the cause, not the cancelling.
            throw new IngestStoppedException(Report(), indexing.Failure ?? e);
        }

        writing.Commit(stored);
        return Report();

        IngestReport Report() => new(counts[SaveOutcome.New], counts[SaveOutcome.Updated], counts[SaveOutcome.Unchanged], failures, characters);

        // The batches being read and analyzed, ended however they end: a stopped run drops them.
        Task BatchesUnderWayEnded() => Task.WhenAll(preparing.Select(t => Task.WhenAny(t)));

        // Keeps PreparedAhead batches from batch b on being read and analyzed.
        void PrepareAhead(int b)
        {
            while (preparing.Count < PreparedAhead && b + preparing.Count < batches.Count)
            {
                preparing.Enqueue(PrepareAsync(batches[b + preparing.Count], readOne, parallel, ct));
            }
        }
    }

    /// <summary>How many batches are read and analyzed ahead of the one being stored.</summary>
    private const int PreparedAhead = 2;

    /// <summary>
    /// Reads a batch, analyzes the documents whose text is not stored yet and packs their mentions as
    /// the store writes them: everything about a batch that needs no write lock, so it runs on every
    /// core while the batch before is stored (the one thread the others wait on).
    /// </summary>
    private Task<PreparedBatch> PrepareAsync<T>(T[] batch, Func<T, SourceRead> readOne, ParallelOptions parallel, CancellationToken ct) =>
        Task.Run(async () =>
        {
            var read = new SourceRead[batch.Length];
            Parallel.For(0, batch.Length, parallel, i => read[i] = readOne(batch[i]));
            var documents = read.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
            var hashes = documents.Select(d => ContentHash.Of(d.Text)).ToArray();
            IReadOnlySet<string> known;
            await using (var db = openDatabase())
            {
                known = await new DocumentStore(db).StoredHashesAsync(hashes, ct);
            }
            var analyses = new AnalyzedDocument?[documents.Count];
            Parallel.For(0, documents.Count, parallel, i =>
            {
                if (!known.Contains(hashes[i]))
                {
                    analyses[i] = AnalyzedDocument.Of(analyzer.Analyze(documents[i].Text, documents[i].Language, documents[i].PublishedOn));
                }
            });
            return new PreparedBatch([.. read.Where(r => r.Failure is not null).Select(r => r.Failure!)], documents, hashes, analyses);
        }, ct);

    /// <summary>
    /// Stores a batch's documents and, for the new and changed ones, their analyses, in one
    /// transaction. A document found changed here but not when the batch was read (another
    /// process stored or removed its text meanwhile) is analyzed now.
    /// </summary>
    private async Task<(IReadOnlyList<SaveResult> Saved, Dictionary<int, DocumentAnalysis> Analyses)> StoreAsync(PreparedBatch batch, CancellationToken ct)
    {
        await using var db = openDatabase();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var saved = await new DocumentStore(db).SaveBatchAsync(batch.Documents, batch.Hashes, ct);
        var analyses = new Dictionary<int, DocumentAnalysis>();
        var toStore = new List<(int, IReadOnlyList<Mention>, IReadOnlyList<Claim>, PackedMentions)>();
        for (var i = 0; i < saved.Count; i++)
        {
            if (saved[i].Outcome != SaveOutcome.Unchanged)
            {
                var id = saved[i].Document.Id;
                var (analysis, packed) = batch.Analyses[i] ?? AnalyzedDocument.Of(analyzer.Analyze(saved[i].Document));
                analyses[id] = analysis;
                toStore.Add((id, analysis.Mentions, analysis.Claims, packed));
            }
        }
        await new ExtractionStore(db).ReplaceAsync(toStore, ct);
        await transaction.CommitAsync(ct);
        return (saved, analyses);
    }

    /// <summary>
    /// Stores a batch as <see cref="StoreAsync"/> does. When the database refuses a row of it (a value
    /// it cannot hold), stores the batch again a document at a time: the refused document fails alone,
    /// with the database's reason, and the rest of the batch, and of the run, is stored.
    /// </summary>
    private async Task<(IReadOnlyList<SaveResult> Saved, Dictionary<int, DocumentAnalysis> Analyses)> StoreOrRefuseEachAsync(
        PreparedBatch batch, List<IngestFailure> failures, CancellationToken ct)
    {
        try
        {
            return await StoreAsync(batch, ct);
        }
        catch (Exception e) when (RowRefusal.ReasonOf(e) is not null)
        {
            // The transaction rolled back: nothing of the batch is stored.
        }
        var saved = new List<SaveResult>();
        var analyses = new Dictionary<int, DocumentAnalysis>();
        for (var i = 0; i < batch.Documents.Count; i++)
        {
            try
            {
                var (one, found) = await StoreAsync(batch.Only(i), ct);
                saved.AddRange(one);
                foreach (var (id, analysis) in found)
                {
                    analyses[id] = analysis;
                }
            }
            catch (Exception e) when (RowRefusal.ReasonOf(e) is { } reason)
            {
                failures.Add(new IngestFailure(batch.Documents[i].Source, $"the database refused it: {reason}"));
            }
        }
        return (saved, analyses);
    }

    /// <summary>A document's analysis with its mentions packed as the store writes them (made off the store's one thread).</summary>
    private readonly record struct AnalyzedDocument(DocumentAnalysis Analysis, PackedMentions Packed)
    {
        public static AnalyzedDocument Of(DocumentAnalysis analysis) => new(analysis, PackedMentions.Of(analysis.Mentions));
    }

    /// <summary>A batch read and analyzed, in file order: its documents with their content hashes, the analysis of each one not stored yet, and what failed to read.</summary>
    private sealed record PreparedBatch(IReadOnlyList<IngestFailure> Failures, List<Storage.IncomingDocument> Documents, string[] Hashes, AnalyzedDocument?[] Analyses)
    {
        /// <summary>The batch's <paramref name="i"/>th document alone, with its hash and analysis.</summary>
        public PreparedBatch Only(int i) => new([], [Documents[i]], [Hashes[i]], [Analyses[i]]);
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
            // As in ingestion, a batch is analyzed and stored while the ones before are indexed.
            using var indexing = new IndexingWorkers(building, analyzer.Analyze, parallel.MaxDegreeOfParallelism, BatchSize, ct);
            try
            {
                await foreach (var document in new DocumentStore(reading).StreamAllAsync(ct))
                {
                    batch.Add(document);
                    watermark = IndexWatermark.Latest(watermark, new IndexWatermark(document.UpdatedAt));
                    if (batch.Count == BatchSize)
                    {
                        await ReanalyzeAsync(batch, indexing, parallel, ct);
                        done += batch.Count;
                        batch = new List<Document>(BatchSize);
                        progress?.Report(new IngestProgress(done, total));
                    }
                }
                building.FlushWhileIndexing(); // as for ingestion's last batch
                await ReanalyzeAsync(batch, indexing, parallel, ct);
                done += batch.Count;
                await indexing.CompleteAsync();
            }
            catch
            {
                // The rebuild is dropped; its writer closes only when the workers are done. A worker's
                // failure is the cause, not the cancelling it led to.
                await indexing.StopAsync();
                if (indexing.Failure is { } failure)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }
                throw;
            }
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

    /// <summary>Analyzes and stores a batch, then queues it for indexing.</summary>
    private async Task ReanalyzeAsync(List<Document> documents, IndexingWorkers indexing, ParallelOptions parallel, CancellationToken ct)
    {
        var analyses = new AnalyzedDocument[documents.Count];
        Parallel.For(0, documents.Count, parallel, i => analyses[i] = AnalyzedDocument.Of(analyzer.Analyze(documents[i])));
        await using (var db = openDatabase())
        {
            await new ExtractionStore(db).ReplaceAsync(
                [.. documents.Select((d, i) => (d.Id, analyses[i].Analysis.Mentions, analyses[i].Analysis.Claims, analyses[i].Packed))], ct);
        }
        for (var i = 0; i < documents.Count; i++)
        {
            await indexing.AddAsync(documents[i], analyses[i].Analysis);
        }
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
