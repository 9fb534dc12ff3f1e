using Microsoft.EntityFrameworkCore;
using Pipeline.CrossCheck;

namespace Pipeline.Storage;

/// <summary>The review queue: conflicts waiting for an analyst, and the decisions taken on them.</summary>
/// <remarks>
/// <para>Identity. An item is its pair of claim fingerprints. A fingerprint stays the same while
/// its claim does (the same document says the same thing in the same sentence), so re-running the
/// pass or re-ingesting unchanged documents finds the same items: their decisions stand, and only
/// their claim ids are re-linked.</para>
/// <para>Changed claims. When a document is re-analyzed and one of an item's claims changes, its
/// fingerprint disappears. If the run finds a new conflict on the same subject, attribute and pair
/// of documents, that conflict takes the item over: the item keeps its id and note, gets the new
/// pair, and is open again if it had been decided. Among several such items, one sharing a claim
/// with the new conflict goes first, then the oldest.</para>
/// <para>Stale items. An item whose conflict a run no longer finds is never deleted: it is marked
/// <see cref="ReviewItem.StaleSince"/>, keeps its decision as history, and leaves the review list.
/// Found again with the same claims, it comes back as it was.</para>
/// </remarks>
public sealed class ReviewStore(PipelineDbContext db)
{
    /// <summary>
    /// Brings the queue up to date with a run's conflicts, in one transaction.
    /// <paramref name="currentFingerprints"/> are those of every claim stored now.
    /// </summary>
    public async Task<ReviewSyncResult> SyncAsync(IReadOnlyList<Conflict> conflicts, IReadOnlySet<string> currentFingerprints, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(currentFingerprints);
        var now = Clock.UtcNowInMicroseconds();
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var items = await db.ReviewItems.ToListAsync(ct);
            var byKey = items.ToDictionary(i => i.PairKey, StringComparer.Ordinal);
            var found = new Dictionary<string, Conflict>(StringComparer.Ordinal);
            foreach (var conflict in conflicts)
            {
                found.TryAdd(ReviewItem.PairKeyOf(conflict.A.Fingerprint, conflict.B.Fingerprint), conflict);
            }

            var matched = new HashSet<ReviewItem>(ReferenceEqualityComparer.Instance);
            var unknown = new List<(string Key, Conflict Conflict)>();
            foreach (var (key, conflict) in found)
            {
                if (byKey.TryGetValue(key, out var item))
                {
                    Update(item, conflict, now);
                    matched.Add(item);
                }
                else
                {
                    unknown.Add((key, conflict));
                }
            }

            var orphans = items
                .Where(i => !matched.Contains(i) && (!currentFingerprints.Contains(i.FingerprintA) || !currentFingerprints.Contains(i.FingerprintB)))
                .OrderBy(i => i.Id)
                .ToList();
            int added = 0, reopened = 0;
            foreach (var (key, conflict) in unknown)
            {
                var predecessor = PredecessorOf(conflict, orphans);
                if (predecessor is null)
                {
                    var item = new ReviewItem
                    {
                        PairKey = key,
                        Status = ReviewStatus.Open,
                        Subject = conflict.Key.Subject,
                        Attribute = conflict.Key.Attribute,
                        Reason = conflict.Reason,
                        FingerprintA = conflict.A.Fingerprint,
                        FingerprintB = conflict.B.Fingerprint,
                        CreatedAt = now,
                    };
                    Update(item, conflict, now);
                    db.ReviewItems.Add(item);
                    added++;
                    continue;
                }
                orphans.Remove(predecessor);
                matched.Add(predecessor);
                predecessor.PairKey = key;
                Update(predecessor, conflict, now);
                if (predecessor.Status != ReviewStatus.Open)
                {
                    predecessor.Status = ReviewStatus.Open;
                    predecessor.DecidedAt = null;
                    reopened++;
                }
            }

            var stale = 0;
            foreach (var item in items.Where(i => !matched.Contains(i) && i.StaleSince is null))
            {
                item.StaleSince = now;
                item.UpdatedAt = now;
                stale++;
            }
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return new ReviewSyncResult(found.Count, added, reopened, found.Count - unknown.Count, stale);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Items still found by the last run, optionally of one status, with their claims as stored now: most severe first, then by id.</summary>
    /// <remarks>An item whose claim was re-analyzed away since that run is left out until the next run settles it.</remarks>
    public Task<IReadOnlyList<ReviewEntry>> ListAsync(ReviewStatus? status = null, CancellationToken ct = default) =>
        ListWhereAsync(i => status == null || i.Status == status, ct);

    /// <summary>Records an analyst's decision and note; null when there is no item <paramref name="id"/>.</summary>
    public async Task<ReviewItem?> DecideAsync(long id, ReviewStatus decision, string? note, CancellationToken ct = default)
    {
        if (decision == ReviewStatus.Open)
        {
            throw new ArgumentException("A decision is confirmed or dismissed.", nameof(decision));
        }
        var item = await db.ReviewItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return null;
        }
        var now = Clock.UtcNowInMicroseconds();
        item.Status = decision;
        item.Note = note ?? item.Note;
        item.DecidedAt = now;
        item.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return item;
    }

    /// <summary>An item whose claim changed, about the same subject, attribute and documents as <paramref name="conflict"/>.</summary>
    private static ReviewItem? PredecessorOf(Conflict conflict, List<ReviewItem> orphans)
    {
        var documents = Pair(conflict.A.DocumentId, conflict.B.DocumentId);
        var candidates = orphans.Where(i => i.Subject == conflict.Key.Subject && i.Attribute == conflict.Key.Attribute
            && Pair(i.DocumentAId, i.DocumentBId) == documents).ToList();
        return candidates.FirstOrDefault(i => SharesClaim(i, conflict)) ?? candidates.FirstOrDefault();
    }

    private static bool SharesClaim(ReviewItem item, Conflict conflict) =>
        item.FingerprintA == conflict.A.Fingerprint || item.FingerprintA == conflict.B.Fingerprint
        || item.FingerprintB == conflict.A.Fingerprint || item.FingerprintB == conflict.B.Fingerprint;

    private static (int, int) Pair(int a, int b) => a <= b ? (a, b) : (b, a);

    private static void Update(ReviewItem item, Conflict conflict, DateTimeOffset now)
    {
        item.Reason = conflict.Reason;
        item.Severity = conflict.Severity;
        item.WithinDocument = conflict.WithinDocument;
        item.ClaimAId = conflict.A.Id;
        item.DocumentAId = conflict.A.DocumentId;
        item.FingerprintA = conflict.A.Fingerprint;
        item.ClaimBId = conflict.B.Id;
        item.DocumentBId = conflict.B.DocumentId;
        item.FingerprintB = conflict.B.Fingerprint;
        item.StaleSince = null;
        item.UpdatedAt = now;
    }

    private async Task<IReadOnlyList<ReviewEntry>> ListWhereAsync(System.Linq.Expressions.Expression<Func<ReviewItem, bool>> filter, CancellationToken ct)
    {
        var items = await db.ReviewItems.AsNoTracking().Where(i => i.StaleSince == null).Where(filter).ToListAsync(ct);
        return await WithClaimsAsync([.. items.OrderByDescending(i => i.Severity).ThenBy(i => i.Id)], ct);
    }

    /// <summary>The items with their claims, found by document and fingerprint (ids change with re-analysis), and documents.</summary>
    private async Task<IReadOnlyList<ReviewEntry>> WithClaimsAsync(List<ReviewItem> items, CancellationToken ct)
    {
        var claims = await new ExtractionStore(db).ClaimsWithDocumentsAsync(
            items.SelectMany(i => new[] { new ClaimReference(i.DocumentAId, i.FingerprintA), new ClaimReference(i.DocumentBId, i.FingerprintB) }), ct);
        var entries = new List<ReviewEntry>(items.Count);
        foreach (var item in items)
        {
            if (claims.TryGetValue(item.FingerprintA, out var a) && claims.TryGetValue(item.FingerprintB, out var b))
            {
                entries.Add(new ReviewEntry(item, a.Claim, a.Document, b.Claim, b.Document));
            }
        }
        return entries;
    }
}
