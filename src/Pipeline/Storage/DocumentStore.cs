using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// Saves documents idempotently and reads them back. Saving: the same content already stored
/// (under any source) is <see cref="SaveOutcome.Unchanged"/> and writes nothing; else a stored
/// document with the same source is <see cref="SaveOutcome.Updated"/> in place (same Id); else
/// it is <see cref="SaveOutcome.New"/>.
/// </summary>
/// <remarks>
/// Saved documents are detached from the context when a save returns: the returned
/// <see cref="Document"/> objects are snapshots, and a long ingestion does not grow the change
/// tracker. Not safe for concurrent use (neither is the DbContext).
/// </remarks>
public sealed class DocumentStore(PipelineDbContext db)
{
    // Keeps IN (...) lists far below SQLite's limit on parameters.
    private const int LookupChunk = 500;

    public async Task<SaveResult> SaveAsync(IncomingDocument document, CancellationToken ct = default)
    {
        var results = await SaveBatchAsync([document], ct);
        return results[0];
    }

    /// <summary>
    /// Saves many documents in one transaction, all or none, with the rules of
    /// <see cref="SaveAsync"/> applied in order: a second copy inside the batch is
    /// <see cref="SaveOutcome.Unchanged"/>. Joins the context's transaction if one is open.
    /// </summary>
    public Task<IReadOnlyList<SaveResult>> SaveBatchAsync(IReadOnlyList<IncomingDocument> documents, CancellationToken ct = default) =>
        SaveBatchAsync(documents, hashes: null, ct);

    /// <summary>As <see cref="SaveBatchAsync(IReadOnlyList{IncomingDocument}, CancellationToken)"/>, with each document's <see cref="ContentHash"/> when the caller has it already.</summary>
    internal async Task<IReadOnlyList<SaveResult>> SaveBatchAsync(IReadOnlyList<IncomingDocument> documents, IReadOnlyList<string>? hashes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            Validate(document);
        }
        if (documents.Count == 0)
        {
            return [];
        }
        hashes ??= [.. documents.Select(d => ContentHash.Of(d.Text))];

        var sources = documents.Select(d => d.Source).ToArray();
        var now = Clock.UtcNowInMicroseconds();

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var batch = new DocumentBatch(db);
        try
        {
            await batch.LoadAsync(hashes, sources, ct);
            var results = new SaveResult[documents.Count];
            for (var i = 0; i < documents.Count; i++)
            {
                results[i] = await batch.SaveAsync(documents[i], hashes[i], now, ct);
            }
            await batch.FlushAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return results;
        }
        finally
        {
            batch.Detach();
        }
    }

    /// <summary>Which of <paramref name="hashes"/> a stored document has: their texts are stored and analyzed already.</summary>
    public async Task<IReadOnlySet<string>> StoredHashesAsync(IEnumerable<string> hashes, CancellationToken ct = default)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in hashes.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            stored.UnionWith(await db.Documents.Where(d => chunk.Contains(d.ContentHash)).Select(d => d.ContentHash).ToListAsync(ct));
        }
        return stored;
    }

    public Task<Document?> FindAsync(int id, CancellationToken ct = default) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Every document, ordered by Id, read as a stream (for rebuilding the index).</summary>
    public async IAsyncEnumerable<Document> StreamAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var document in db.Documents.AsNoTracking().OrderBy(d => d.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return document;
        }
    }

    public Task<int> CountAsync(CancellationToken ct = default) => db.Documents.CountAsync(ct);

    /// <summary>The version of every document updated after <paramref name="since"/> (all of them when null): what the index must match.</summary>
    public async Task<IReadOnlyList<DocumentVersion>> VersionsSinceAsync(DateTimeOffset? since, CancellationToken ct = default)
    {
        var documents = since is { } after ? db.Documents.Where(d => d.UpdatedAt > after) : db.Documents;
        return await documents.Select(d => new DocumentVersion(d.Id, d.ContentHash, d.UpdatedAt)).ToListAsync(ct);
    }

    public async Task<IReadOnlySet<int>> IdsAsync(CancellationToken ct = default) =>
        (await db.Documents.Select(d => d.Id).ToListAsync(ct)).ToHashSet();

    public async Task<IReadOnlyList<Document>> FindManyAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);

    private static void Validate(IncomingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Source))
        {
            throw new ArgumentException("A document needs a source.", nameof(document));
        }
        if (document.Text is null)
        {
            throw new ArgumentException($"{document.Source}: the document has no text.", nameof(document));
        }
        if (document.Language is not ("zh" or "en"))
        {
            throw new ArgumentException($"{document.Source}: language must be \"zh\" or \"en\", not \"{document.Language}\".", nameof(document));
        }
        if (document.Script is not (null or "Hans" or "Hant"))
        {
            throw new ArgumentException($"{document.Source}: script must be \"Hans\", \"Hant\" or none, not \"{document.Script}\".", nameof(document));
        }
    }
}
