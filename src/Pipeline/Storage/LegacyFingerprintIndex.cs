using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// The index of claims by fingerprint that earlier versions kept: first of the whole fingerprint,
/// then of a 64-bit key of it (a <c>FingerprintKey</c> column). Claims are found by their document
/// now (<see cref="ClaimReference"/>), so a database that has either index gets the document of each
/// claim in its disputes' snapshots, then loses the index and the key: inside the schema check's
/// transaction, so the change happens once, whole.
/// </summary>
internal static class LegacyFingerprintIndex
{
    private static readonly string[] Indexes = ["IX_Claims_Fingerprint", "IX_Claims_FingerprintKey"];

    private const string KeyColumn = "FingerprintKey";

    /// <param name="existing">The columns of each table the database had before this check.</param>
    /// <param name="indexes">Its indexes, by name.</param>
    public static async Task RemoveAsync(PipelineDbContext db, Dictionary<string, HashSet<string>> existing, IReadOnlyDictionary<string, string> indexes,
        Action<string> upgrading, CancellationToken ct)
    {
        if (!existing.TryGetValue("Claims", out var columns))
        {
            return; // a new table, made without it
        }
        var found = Indexes.Where(indexes.ContainsKey).ToList();
        if (found.Count == 0 && !columns.Contains(KeyColumn))
        {
            return;
        }
        // Measured on SQLite: 15 s for 3 million claims, most of it rewriting the table without the key.
        upgrading("dropping the claims' fingerprint index of an earlier version (once; some seconds per million claims)");
        if (existing.ContainsKey("DisputeItems"))
        {
            await AddDocumentsToSnapshotsAsync(db, ct);
        }
#pragma warning disable EF1002 // names come from our own constants, not from input
        foreach (var index in found)
        {
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{index}\"", ct);
        }
        if (columns.Contains(KeyColumn))
        {
            await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"Claims\" DROP COLUMN \"{KeyColumn}\"", ct);
        }
#pragma warning restore EF1002
    }

    /// <summary>
    /// Each snapshot's claims gain their documents, read in one pass over the claims (fingerprints
    /// hash their document, so a fingerprint is in one document); 0 for a claim no longer stored.
    /// </summary>
    private static async Task AddDocumentsToSnapshotsAsync(PipelineDbContext db, CancellationToken ct)
    {
        var items = await db.DisputeItems.ToListAsync(ct);
        var snapshots = items.Select(i => (Item: i, Groups: DisputeGroup.Parse(i.Groups))).ToList();
        var documents = snapshots.SelectMany(s => s.Groups).Where(g => g.Documents is null).SelectMany(g => g.Fingerprints)
            .Distinct(StringComparer.Ordinal).ToDictionary(f => f, _ => 0, StringComparer.Ordinal);
        if (documents.Count == 0)
        {
            return;
        }
        await foreach (var claim in db.Claims.AsNoTracking().Select(c => new { c.Fingerprint, c.DocumentId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (documents.ContainsKey(claim.Fingerprint))
            {
                documents[claim.Fingerprint] = claim.DocumentId;
            }
        }
        foreach (var (item, groups) in snapshots)
        {
            item.Groups = DisputeGroup.Serialize([.. groups.Select(g => g.Documents is null ? g with { Documents = [.. g.Fingerprints.Select(f => documents[f])] } : g)]);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
