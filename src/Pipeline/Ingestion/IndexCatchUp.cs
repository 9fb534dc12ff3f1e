using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.Ingestion;

/// <summary>
/// Brings the index up to what the database holds: documents stored or changed since the index's
/// watermark (by this process, another, or another machine on the same database), and documents
/// the database no longer has. Runs on every node, whenever its index is opened, and on a timer in `serve`.
/// </summary>
/// <remarks>
/// The watermark trails by <see cref="Overlap"/>: a document's UpdatedAt is set before its transaction
/// commits, so a slow transaction (or another machine's clock) can commit a time just behind the
/// watermark. Documents in the overlap are compared by content hash, so none is indexed twice for
/// nothing; once no late commit can land there any more, the overlap is no longer read.
/// </remarks>
public sealed class IndexCatchUp(Func<PipelineDbContext> openDatabase, DocumentIndex index)
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private const int BatchSize = 200;

    /// <summary>Catches up inside a run that holds the writer, and commits with the new watermark. Returns the documents indexed or removed.</summary>
    public async Task<int> RunAsync(IndexWriting writing, CancellationToken ct = default)
    {
        var plan = await PlanAsync(writing.Watermark, compareAllIds: true, ct);
        if (plan.IsEmpty)
        {
            return 0;
        }
        foreach (var chunk in plan.Stale.Chunk(BatchSize))
        {
            foreach (var document in await ReadAsync(chunk, ct))
            {
                writing.Upsert(document);
            }
        }
        foreach (var id in plan.Gone)
        {
            writing.Delete(id);
        }
        writing.Commit(plan.Watermark);
        return plan.Stale.Count + plan.Gone.Count;
    }

    /// <summary>
    /// Catches up if the index is behind and its writer is free now. A busy writer is another run,
    /// which catches up itself; the next call sees its commit.
    /// </summary>
    public async Task<int> TryRunAsync(CancellationToken ct = default)
    {
        index.Refresh();
        // Comparing every id waits for the writer: while another run holds it, the counts differ for nothing.
        if ((await PlanAsync(index.Watermark, compareAllIds: false, ct)).IsEmpty)
        {
            return 0;
        }
        using var writing = index.TryOpenWriting(TimeSpan.Zero);
        return writing is null ? 0 : await RunAsync(writing, ct);
    }

    private async Task<CatchUpPlan> PlanAsync(IndexWatermark? watermark, bool compareAllIds, CancellationToken ct)
    {
        await using var db = openDatabase();
        var store = new DocumentStore(db);
        var versions = await store.VersionsSinceAsync(Since(watermark), ct);
        var indexed = index.HashesOf(versions.Select(v => v.Id));
        var stale = versions.Where(v => indexed[v.Id] != v.ContentHash).Select(v => v.Id).ToHashSet();
        var latest = versions.Count == 0 ? null : new IndexWatermark(versions.Max(v => v.UpdatedAt));
        var gone = new HashSet<int>();

        // Documents older than the overlap that the index lacks, or that the database no longer has,
        // show in the counts: only then are all ids compared.
        var added = stale.Count(id => indexed[id] is null);
        var countsDiffer = index.Count + added != await store.CountAsync(ct);
        if (countsDiffer && !compareAllIds)
        {
            return new CatchUpPlan(stale, gone, null, CountsDiffer: true);
        }
        if (countsDiffer)
        {
            var stored = await store.IdsAsync(ct);
            var ids = index.Ids();
            stale.UnionWith(stored.Except(ids));
            gone.UnionWith(ids.Except(stored));
        }
        var moves = latest is not null && (watermark is null || latest.UpdatedUpTo > watermark.UpdatedUpTo);
        return new CatchUpPlan(stale, gone, moves ? latest : null, CountsDiffer: false);
    }

    /// <summary>Where the database is read from: the overlap behind the watermark while a late commit can still land in it.</summary>
    private static DateTimeOffset? Since(IndexWatermark? watermark)
    {
        if (watermark is null)
        {
            return null;
        }
        var settled = DateTimeOffset.UtcNow - watermark.UpdatedUpTo > 2 * Overlap;
        return settled ? watermark.UpdatedUpTo : watermark.UpdatedUpTo - Overlap;
    }

    /// <summary>The documents as the index holds them, with their entities as stored (no analysis again).</summary>
    private async Task<IEnumerable<IndexedDocument>> ReadAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        await using var db = openDatabase();
        var documents = await new DocumentStore(db).FindManyAsync(ids, ct);
        var entities = (await new ExtractionStore(db).EntityMentionsOfAsync(ids, ct)).ToLookup(m => m.DocumentId);
        return documents.Select(d => new IndexedDocument(d.Id, d.Title, d.Source, d.Language, d.Script, d.PublishedOn, d.Text,
            [.. entities[d.Id].Select(m => new EntityOccurrence(m.EntityId!, m.Start, m.End))], d.ContentHash));
    }

    private sealed record CatchUpPlan(IReadOnlyCollection<int> Stale, IReadOnlyCollection<int> Gone, IndexWatermark? Watermark, bool CountsDiffer)
    {
        public bool IsEmpty => Stale.Count == 0 && Gone.Count == 0 && Watermark is null && !CountsDiffer;
    }
}
