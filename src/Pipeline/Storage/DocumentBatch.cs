using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// The save rules applied to one batch inside the caller's transaction: what the database already
/// holds for the batch's hashes and sources, loaded up front, plus what the batch has done so far.
/// </summary>
/// <remarks>
/// New documents are written by one prepared bulk insert that hands their generated ids back
/// (<see cref="BulkInserter{T}"/>), not through the change tracker, which cost more than the rest of
/// storing a batch. Only the stored documents the batch updates are tracked, from their first change.
/// Everything is sent at the end (updates by one SaveChanges, then the inserts), except when a
/// document takes a hash that an update earlier in the batch released: the batch is flushed first,
/// so the unique index on ContentHash never depends on the order statements are sent in (and two
/// documents can never swap hashes in one statement list).
/// </remarks>
internal sealed class DocumentBatch
{
    // Keeps IN (...) lists far below SQLite's limit on parameters, whatever the batch size.
    private const int LookupChunk = 500;

    private readonly PipelineDbContext _db;
    private readonly Dictionary<string, Document> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Document> _bySource = new(StringComparer.Ordinal);
    private readonly HashSet<Document> _tracked = new(ReferenceEqualityComparer.Instance);
    private readonly List<Document> _toInsert = [];
    private readonly HashSet<string> _releasedSinceFlush = new(StringComparer.Ordinal);

    public DocumentBatch(PipelineDbContext db) => _db = db;

    /// <summary>Loads the stored documents that share a hash or a source with the batch: two queries at most.</summary>
    public async Task LoadAsync(IReadOnlyList<string> hashes, IReadOnlyList<string> sources, CancellationToken ct)
    {
        foreach (var chunk in hashes.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            Remember(await _db.Documents.AsNoTracking().Where(d => chunk.Contains(d.ContentHash)).ToListAsync(ct));
        }
        // A source names one document: those found by hash need not be read again (re-ingesting
        // unchanged files then costs one query per batch).
        var unknownSources = sources.Where(s => !_bySource.ContainsKey(s)).Distinct(StringComparer.Ordinal);
        foreach (var chunk in unknownSources.Chunk(LookupChunk))
        {
            Remember(await _db.Documents.AsNoTracking().Where(d => chunk.Contains(d.Source)).ToListAsync(ct));
        }
    }

    public async Task<SaveResult> SaveAsync(IncomingDocument incoming, string hash, DateTimeOffset now, CancellationToken ct)
    {
        if (_byHash.TryGetValue(hash, out var same))
        {
            return new(SaveOutcome.Unchanged, same);
        }
        if (_releasedSinceFlush.Contains(hash))
        {
            await FlushAsync(ct);
        }

        if (_bySource.TryGetValue(incoming.Source, out var stored))
        {
            Track(stored);
            _byHash.Remove(stored.ContentHash);
            _releasedSinceFlush.Add(stored.ContentHash);
            stored.ContentHash = hash;
            stored.Text = incoming.Text;
            stored.Title = incoming.Title;
            stored.PublishedOn = incoming.PublishedOn;
            stored.Language = incoming.Language;
            stored.Script = incoming.Script;
            stored.UpdatedAt = now;
            _byHash[hash] = stored;
            return new(SaveOutcome.Updated, stored);
        }

        var document = new Document
        {
            ContentHash = hash,
            Source = incoming.Source,
            Title = incoming.Title,
            PublishedOn = incoming.PublishedOn,
            Language = incoming.Language,
            Script = incoming.Script,
            Text = incoming.Text,
            IngestedAt = now,
            UpdatedAt = now,
        };
        _toInsert.Add(document);
        Remember([document]);
        return new(SaveOutcome.New, document);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await _db.SaveChangesAsync(ct);
        if (_toInsert.Count > 0)
        {
            long[] ids;
            try
            {
                ids = await new BulkInserter<Document>(_db).InsertReturningKeysAsync(_toInsert, ct);
            }
            catch (DbException e)
            {
                // As SaveChanges reports it, so callers see one kind of failure for a batch the database refused.
                throw new DbUpdateException($"Inserting {_toInsert.Count} new documents failed: {e.Message}", e);
            }
            for (var i = 0; i < ids.Length; i++)
            {
                _toInsert[i].Id = checked((int)ids[i]);
            }
            _toInsert.Clear();
        }
        _releasedSinceFlush.Clear();
    }

    /// <summary>Stops tracking the documents the batch updated, saved or not, so a long ingestion keeps an empty change tracker and a failed batch leaves nothing pending for the next SaveChanges.</summary>
    public void Detach()
    {
        foreach (var document in _tracked)
        {
            _db.Entry(document).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Tracks a stored document before its first change, so SaveChanges writes the change. A
    /// document of this batch not inserted yet (no id) needs none: its insert writes what it holds then.
    /// </summary>
    private void Track(Document document)
    {
        if (document.Id != 0 && _tracked.Add(document))
        {
            _db.Attach(document);
        }
    }

    private void Remember(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            _byHash[document.ContentHash] = document;
            _bySource[document.Source] = document;
        }
    }
}
