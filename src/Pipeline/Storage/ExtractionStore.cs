using Microsoft.EntityFrameworkCore;
using Pipeline.Claims;
using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>The mentions and claims of stored documents: replaced whole when a document is analyzed again.</summary>
public sealed class ExtractionStore(PipelineDbContext db)
{
    /// <summary>
    /// Replaces what is stored for each document with its new analysis, in one transaction: the
    /// caller's, when one is open (so a document and its analysis are stored together), else its own.
    /// </summary>
    public async Task ReplaceAsync(IReadOnlyList<(int DocumentId, IReadOnlyList<Mention> Mentions, IReadOnlyList<Claim> Claims)> analyses, CancellationToken ct = default)
    {
        if (analyses.Count == 0)
        {
            return;
        }
        var ids = analyses.Select(a => a.DocumentId).ToList();
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Mentions.Where(m => ids.Contains(m.DocumentId)).ExecuteDeleteAsync(ct);
        await db.Claims.Where(c => ids.Contains(c.DocumentId)).ExecuteDeleteAsync(ct);
        await new BulkInserter<MentionRecord>(db).InsertAsync(
            [.. analyses.SelectMany(a => a.Mentions.Select(m => MentionRecord.From(a.DocumentId, m)))], ct);
        await new BulkInserter<ClaimRecord>(db).InsertAsync(
            [.. analyses.SelectMany(a => a.Claims.Select(c => ClaimRecord.From(a.DocumentId, c)))], ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>Mentions in text order: of one document, or of all.</summary>
    public async Task<IReadOnlyList<MentionRecord>> MentionsAsync(int? documentId = null, CancellationToken ct = default) =>
        await db.Mentions.AsNoTracking()
            .Where(m => documentId == null || m.DocumentId == documentId)
            .OrderBy(m => m.DocumentId).ThenBy(m => m.Start).ThenBy(m => m.Id)
            .ToListAsync(ct);

    /// <summary>Claims, optionally about one entity or of one attribute, by document and position.</summary>
    public async Task<IReadOnlyList<ClaimRecord>> ClaimsAsync(string? subject = null, string? attribute = null, CancellationToken ct = default) =>
        await db.Claims.AsNoTracking()
            .Where(c => subject == null || c.Subject == subject)
            .Where(c => attribute == null || c.Attribute == attribute)
            .OrderBy(c => c.DocumentId).ThenBy(c => c.Start).ThenBy(c => c.Id)
            .ToListAsync(ct);

    /// <summary>One document's claims, in text order.</summary>
    public async Task<IReadOnlyList<ClaimRecord>> ClaimsOfAsync(int documentId, CancellationToken ct = default) =>
        await db.Claims.AsNoTracking()
            .Where(c => c.DocumentId == documentId)
            .OrderBy(c => c.Start).ThenBy(c => c.Id)
            .ToListAsync(ct);

    /// <summary>Claims by id, each with its document; ids no longer stored are left out.</summary>
    public async Task<IReadOnlyDictionary<long, (ClaimRecord Claim, Document Document)>> ClaimsWithDocumentsAsync(
        IEnumerable<long> ids, CancellationToken ct = default)
    {
        var found = new Dictionary<long, (ClaimRecord, Document)>();
        // Chunks keep IN (...) lists far below SQLite's limit on parameters.
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var rows = await db.Claims.AsNoTracking().Where(c => chunk.Contains(c.Id))
                .Join(db.Documents.AsNoTracking(), c => c.DocumentId, d => d.Id, (c, d) => new { Claim = c, Document = d })
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                found[row.Claim.Id] = (row.Claim, row.Document);
            }
        }
        return found;
    }
}
