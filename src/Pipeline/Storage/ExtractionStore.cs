using Microsoft.EntityFrameworkCore;
using Pipeline.Claims;
using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>The mentions and claims of stored documents: replaced whole when a document is analyzed again.</summary>
public sealed class ExtractionStore(PipelineDbContext db)
{
    // Keeps IN (...) lists far below SQLite's limit on parameters.
    private const int LookupChunk = 500;

    /// <summary>
    /// Replaces what is stored for each document with its new analysis, in one transaction: the
    /// caller's, when one is open (so a document and its analysis are stored together), else its own.
    /// Claims from the model stay while their value is still read where it was and the rules read no
    /// claim there now (see <see cref="ModelClaimStands"/>); they are never inserted again, so never doubled.
    /// </summary>
    public Task ReplaceAsync(IReadOnlyList<(int DocumentId, IReadOnlyList<Mention> Mentions, IReadOnlyList<Claim> Claims)> analyses, CancellationToken ct = default) =>
        ReplaceAsync([.. analyses.Select(a => (a.DocumentId, a.Mentions, a.Claims, PackedMentions.Of(a.Mentions)))], ct);

    /// <inheritdoc cref="ReplaceAsync(IReadOnlyList{ValueTuple{int, IReadOnlyList{Mention}, IReadOnlyList{Claim}}}, CancellationToken)"/>
    /// <remarks>With each document's mentions packed already, by the caller, off the one thread that writes.</remarks>
    public async Task ReplaceAsync(
        IReadOnlyList<(int DocumentId, IReadOnlyList<Mention> Mentions, IReadOnlyList<Claim> Claims, PackedMentions Packed)> analyses, CancellationToken ct = default)
    {
        if (analyses.Count == 0)
        {
            return;
        }
        var ids = analyses.Select(a => a.DocumentId).ToList();
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Mentions.Where(m => ids.Contains(m.DocumentId)).ExecuteDeleteAsync(ct);
        var fromModel = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.DocumentId) && c.Origin != null).ToListAsync(ct);
        var outdated = fromModel.Where(c => !ModelClaimStands(c, analyses.First(a => a.DocumentId == c.DocumentId))).Select(c => c.Id).ToList();
        await db.Claims.Where(c => ids.Contains(c.DocumentId) && (c.Origin == null || outdated.Contains(c.Id))).ExecuteDeleteAsync(ct);
        await new BulkInserter<DocumentMentions>(db).InsertAsync([.. analyses.Select(a => a.Packed.For(a.DocumentId))], ct);
        await new BulkInserter<ClaimRecord>(db).InsertAsync(ClaimRecords(analyses), ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>
    /// The claims as rows, in document and claim order, made on every core: each row's fingerprint is a
    /// SHA-256 over its document and sentence, and the writer's thread is the one the others wait on.
    /// </summary>
    private static ClaimRecord[] ClaimRecords(IReadOnlyList<(int DocumentId, IReadOnlyList<Mention> Mentions, IReadOnlyList<Claim> Claims, PackedMentions Packed)> analyses)
    {
        var firsts = new int[analyses.Count + 1];
        for (var i = 0; i < analyses.Count; i++)
        {
            firsts[i + 1] = firsts[i] + analyses[i].Claims.Count;
        }
        var records = new ClaimRecord[firsts[^1]];
        Parallel.For(0, analyses.Count, i =>
        {
            var (documentId, _, claims, _) = analyses[i];
            for (var c = 0; c < claims.Count; c++)
            {
                records[firsts[i] + c] = ClaimRecord.From(documentId, claims[c]);
            }
        });
        return records;
    }

    /// <summary>A model's claim stands while a value is still read at its span with the same words, and no rule claim now covers that span.</summary>
    private static bool ModelClaimStands(ClaimRecord claim, (int DocumentId, IReadOnlyList<Mention> Mentions, IReadOnlyList<Claim> Claims, PackedMentions Packed) analysis)
    {
        var offset = claim.Start - claim.SentenceStart;
        var words = offset >= 0 && claim.End - claim.SentenceStart <= claim.Sentence.Length ? claim.Sentence.Substring(offset, claim.End - claim.Start) : null;
        return analysis.Mentions.Any(m => m.Kind != MentionKind.Entity && m.Start == claim.Start && m.End == claim.End && m.Surface == words)
            && !analysis.Claims.Any(c => c.Start < claim.End && claim.Start < c.End);
    }

    /// <summary>Mentions in text order: of one document, or of all (document by document).</summary>
    public async Task<IReadOnlyList<MentionRecord>> MentionsAsync(int? documentId = null, CancellationToken ct = default)
    {
        var mentions = new List<MentionRecord>();
        await foreach (var stored in db.Mentions.AsNoTracking()
            .Where(m => documentId == null || m.DocumentId == documentId)
            .OrderBy(m => m.DocumentId)
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            mentions.AddRange(MentionPacking.Unpack(stored));
        }
        return mentions;
    }

    /// <summary>The verified lexicon-entity mentions of these documents (what the index's entity field holds).</summary>
    public async Task<IReadOnlyList<MentionRecord>> EntityMentionsOfAsync(IReadOnlyCollection<int> documentIds, CancellationToken ct = default)
    {
        var entities = new List<MentionRecord>();
        foreach (var chunk in documentIds.Distinct().Chunk(LookupChunk))
        {
            foreach (var stored in await db.Mentions.AsNoTracking().Where(m => chunk.Contains(m.DocumentId)).ToListAsync(ct))
            {
                entities.AddRange(MentionPacking.Unpack(stored).Where(m => m.Kind == MentionKind.Entity && m.Verified && m.EntityId != null));
            }
        }
        return entities;
    }

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
        var claims = new List<ClaimRecord>();
        foreach (var chunk in ids.Distinct().Chunk(LookupChunk))
        {
            claims.AddRange(await db.Claims.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(ct));
        }
        var documents = await DocumentsOfAsync(claims, ct);
        return claims.ToDictionary(c => c.Id, c => (c, documents[c.DocumentId]));
    }

    /// <summary>Claims by fingerprint, each with its document (the first stored claim of a fingerprint); claims no longer stored are left out.</summary>
    public async Task<IReadOnlyDictionary<string, (ClaimRecord Claim, Document Document)>> ClaimsWithDocumentsAsync(
        IEnumerable<ClaimReference> references, CancellationToken ct = default)
    {
        var wanted = references.ToHashSet();
        var claims = new Dictionary<string, ClaimRecord>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(LookupChunk))
        {
            foreach (var claim in await db.Claims.AsNoTracking().Referenced(chunk).OrderBy(c => c.Id).ToListAsync(ct))
            {
                if (wanted.Contains(new ClaimReference(claim.DocumentId, claim.Fingerprint)))
                {
                    claims.TryAdd(claim.Fingerprint, claim);
                }
            }
        }
        var documents = await DocumentsOfAsync(claims.Values, ct);
        return claims.ToDictionary(c => c.Key, c => (c.Value, documents[c.Value.DocumentId]), StringComparer.Ordinal);
    }

    /// <summary>The documents of <paramref name="claims"/>, each read once however many claims it holds.</summary>
    private async Task<Dictionary<int, Document>> DocumentsOfAsync(IEnumerable<ClaimRecord> claims, CancellationToken ct)
    {
        var documents = new Dictionary<int, Document>();
        foreach (var chunk in claims.Select(c => c.DocumentId).Distinct().Chunk(LookupChunk))
        {
            foreach (var document in await db.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToListAsync(ct))
            {
                documents[document.Id] = document;
            }
        }
        return documents;
    }
}
