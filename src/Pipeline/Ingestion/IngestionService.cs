using Pipeline.Index;
using Pipeline.Sources;
using Pipeline.Storage;
using Pipeline.Text;

namespace Pipeline.Ingestion;

/// <summary>
/// Runs sources through the stages: read and clean them, detect their language, store them
/// (the database is the system of record), then index what changed.
/// </summary>
/// <remarks>
/// Work goes in batches: reading and indexing run on every core, storing runs once per batch in
/// one transaction. A crash between storing and indexing is repaired by the next run, which
/// indexes any stored document the index lacks.
/// </remarks>
public sealed class IngestionService(Func<PipelineDbContext> openDatabase, DocumentIndex index)
{
    public const int BatchSize = 200;

    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> files, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var counts = new Dictionary<SaveOutcome, int> { [SaveOutcome.New] = 0, [SaveOutcome.Updated] = 0, [SaveOutcome.Unchanged] = 0 };
        var failures = new List<IngestFailure>();
        long characters = 0;
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };

        foreach (var batch in files.Chunk(BatchSize))
        {
            var read = new SourceRead[batch.Length];
            Parallel.For(0, batch.Length, parallel, i => read[i] = SourceRead.From(batch[i]));
            failures.AddRange(read.Where(r => r.Failure is not null).Select(r => r.Failure!));

            var incoming = read.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
            IReadOnlyList<SaveResult> saved;
            await using (var db = openDatabase())
            {
                saved = await new DocumentStore(db).SaveBatchAsync(incoming, ct);
            }

            var toIndex = saved.Where(s => s.Outcome != SaveOutcome.Unchanged || !index.Contains(s.Document.Id)).ToList();
            Parallel.ForEach(toIndex, parallel, s => index.Upsert(ToIndexed(s.Document)));

            foreach (var result in saved)
            {
                counts[result.Outcome]++;
            }
            characters += incoming.Sum(d => (long)d.Text.Length);
            progress?.Report(new IngestProgress(counts.Values.Sum() + failures.Count, files.Count));
        }

        index.Commit();
        return new IngestReport(counts[SaveOutcome.New], counts[SaveOutcome.Updated], counts[SaveOutcome.Unchanged], failures, characters);
    }

    /// <summary>Rebuilds the index from the database, which stays untouched.</summary>
    public async Task<int> ReindexAsync(IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        await using var db = openDatabase();
        var store = new DocumentStore(db);
        var total = await store.CountAsync(ct);
        index.DeleteAll();
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var batch = new List<IndexedDocument>(BatchSize);
        await foreach (var document in store.StreamAllAsync(ct))
        {
            batch.Add(ToIndexed(document));
            if (batch.Count == BatchSize)
            {
                Parallel.ForEach(batch, parallel, index.Upsert);
                done += batch.Count;
                batch.Clear();
                progress?.Report(new IngestProgress(done, total));
            }
        }
        Parallel.ForEach(batch, parallel, index.Upsert);
        done += batch.Count;
        progress?.Report(new IngestProgress(done, total));
        index.Commit();
        return done;
    }

    internal static IndexedDocument ToIndexed(Document d) =>
        new(d.Id, d.Title, d.Source, d.Language, d.Script, d.PublishedOn, d.Text);
}
