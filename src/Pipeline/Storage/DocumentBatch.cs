using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// The save rules applied to one batch inside the caller's transaction: what the database already
/// holds for the batch's hashes and sources, loaded up front, plus what the batch has done so far.
/// </summary>
/// <remarks>
/// Everything is sent in one SaveChanges at the end, except when a document takes a hash that an
/// update earlier in the batch released: that update is flushed first, so the unique index on
/// ContentHash never depends on the order EF sends statements in (and two documents can never
/// swap hashes in one statement list).
/// </remarks>
internal sealed class DocumentBatch
{
    // Keeps IN (...) lists far below SQLite's limit on parameters, whatever the batch size.
    private const int LookupChunk = 500;

    private readonly PipelineDbContext _db;
    private readonly Dictionary<string, Document> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Document> _bySource = new(StringComparer.Ordinal);
    private readonly HashSet<Document> _tracked = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _releasedSinceFlush = new(StringComparer.Ordinal);

    public DocumentBatch(PipelineDbContext db) => _db = db;

    /// <summary>Loads the stored documents that share a hash or a source with the batch: two queries at most.</summary>
    public async Task LoadAsync(IReadOnlyList<string> hashes, IReadOnlyList<string> sources, CancellationToken ct)
    {
        foreach (var chunk in hashes.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            Remember(await _db.Documents.Where(d => chunk.Contains(d.ContentHash)).ToListAsync(ct));
        }
        // A source names one document: those found by hash need not be read again (re-ingesting
        // unchanged files then costs one query per batch).
        var unknownSources = sources.Where(s => !_bySource.ContainsKey(s)).Distinct(StringComparer.Ordinal);
        foreach (var chunk in unknownSources.Chunk(LookupChunk))
        {
            Remember(await _db.Documents.Where(d => chunk.Contains(d.Source)).ToListAsync(ct));
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
        _db.Documents.Add(document);
        Remember([document]);
        return new(SaveOutcome.New, document);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await _db.SaveChangesAsync(ct);
        _releasedSinceFlush.Clear();
    }

    /// <summary>
    /// Stops tracking the batch's documents, saved or not, so a long ingestion keeps a small change
    /// tracker and a failed batch leaves nothing pending for the next SaveChanges.
    /// </summary>
    public void Detach()
    {
        foreach (var document in _tracked)
        {
            _db.Entry(document).State = EntityState.Detached;
        }
    }

    private void Remember(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            _byHash[document.ContentHash] = document;
            _bySource[document.Source] = document;
            _tracked.Add(document);
        }
    }
}
