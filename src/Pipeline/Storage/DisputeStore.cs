using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pipeline.CrossCheck;

namespace Pipeline.Storage;

/// <summary>The review queue by disputed fact: one item per fact in dispute, and the decisions taken on them.</summary>
/// <remarks>
/// <para>Identity. An item is its fact (<see cref="StatedFact.Identity"/>): re-running the pass or
/// re-ingesting never duplicates it, whatever its values and claims become.</para>
/// <para>Decisions. A decided item stays decided while the same claims come back (a new source that
/// agrees with a group changes nothing). It reopens, with the decision it had shown as
/// <see cref="DisputeItem.PreviousDecision"/>, when a value group appears that holds none of the
/// claims it had when decided, or when one of those claims changed (its fingerprint left the database).</para>
/// <para>Carried decisions. A decision taken on a pair item (the queue before disputes) is carried,
/// once, to the undecided dispute that holds both of its claims.</para>
/// <para>Extraction errors. Dismissing a dispute as an extraction error records its dissenting
/// claims' fingerprints (<see cref="ClaimVerdict"/>); the cross-check leaves them out from then on.</para>
/// </remarks>
public sealed class DisputeStore(PipelineDbContext db)
{
    public async Task<DisputeSyncResult> SyncAsync(IReadOnlyList<StatedFact> facts, IReadOnlySet<string> currentFingerprints, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(currentFingerprints);
        var now = Clock.UtcNowInMicroseconds();
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var items = await db.DisputeItems.ToListAsync(ct);
            var byKey = items.ToDictionary(i => i.FactKey, StringComparer.Ordinal);
            var matched = new HashSet<DisputeItem>(ReferenceEqualityComparer.Instance);
            var fresh = new List<(DisputeItem Item, HashSet<string> Fingerprints)>();
            int found = 0, added = 0, reopened = 0, known = 0;
            foreach (var fact in facts.Where(f => f.IsDisputed))
            {
                found++;
                var groups = Snapshot(fact);
                if (!byKey.TryGetValue(fact.Identity, out var item))
                {
                    item = NewItem(fact, now);
                    db.DisputeItems.Add(item);
                    byKey[fact.Identity] = item;
                    added++;
                }
                else if (!matched.Contains(item))
                {
                    known++;
                    if (item.Status != DisputeStatus.Open && Changed(DisputeGroup.Parse(item.DecidedGroups), groups, currentFingerprints))
                    {
                        Reopen(item);
                        reopened++;
                        known--;
                    }
                }
                matched.Add(item);
                Update(item, fact, groups, now);
                if (item.Status == DisputeStatus.Open && item.DecidedAt is null && item.PreviousDecision is null)
                {
                    fresh.Add((item, [.. groups.SelectMany(g => g.Fingerprints)]));
                }
            }
            var stale = 0;
            foreach (var item in items.Where(i => !matched.Contains(i) && i.StaleSince is null))
            {
                item.StaleSince = now;
                item.UpdatedAt = now;
                stale++;
            }
            await db.SaveChangesAsync(ct); // new items get their ids, which carried pair decisions point to
            var carried = await CarryPairDecisionsAsync(fresh, now, ct);
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return new DisputeSyncResult(found, added, reopened, known, stale, carried);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Disputes the last run found, optionally of one status, with their claims as stored now: most severe first, then the most sources, then by id.</summary>
    public Task<IReadOnlyList<DisputeEntry>> ListAsync(DisputeStatus? status = null, CancellationToken ct = default) =>
        ListWhereAsync(i => status == null || i.Status == status, ct);

    /// <summary>The disputes (found by the last run) one of whose value groups holds a claim of document <paramref name="documentId"/>: most severe first, then by id.</summary>
    public async Task<IReadOnlyList<DisputeItem>> ListOfDocumentAsync(int documentId, CancellationToken ct = default)
    {
        var fingerprints = (await db.Claims.AsNoTracking().Where(c => c.DocumentId == documentId).Select(c => c.Fingerprint).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var items = await db.DisputeItems.AsNoTracking().Where(i => i.StaleSince == null).ToListAsync(ct);
        return [.. items
            .Where(i => DisputeGroup.Parse(i.Groups).Any(g => g.Fingerprints.Any(fingerprints.Contains)))
            .OrderByDescending(i => i.Severity).ThenBy(i => i.Id)];
    }

    /// <summary>The disputes found by the last run that have a model's verdict, by fact (<see cref="DisputeItem.FactKey"/>).</summary>
    public async Task<IReadOnlyDictionary<string, DisputeItem>> WithVerdictByFactAsync(CancellationToken ct = default) =>
        await db.DisputeItems.AsNoTracking().Where(i => i.StaleSince == null && i.VerdictAt != null).ToDictionaryAsync(i => i.FactKey, StringComparer.Ordinal, ct);

    /// <summary>Open disputes (found by the last run) without a model's verdict, in <see cref="ListAsync"/>'s order.</summary>
    public Task<IReadOnlyList<DisputeEntry>> ListAwaitingVerdictAsync(CancellationToken ct = default) =>
        ListWhereAsync(i => i.Status == DisputeStatus.Open && i.VerdictAt == null, ct);

    /// <summary>Stores a model's verdict on dispute <paramref name="id"/>; false when there is no such dispute.</summary>
    public async Task<bool> SaveVerdictAsync(long id, DisputeVerdict verdict, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var item = await db.DisputeItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return false;
        }
        item.VerdictCause = verdict.Cause;
        item.VerdictSameFact = verdict.SameFact;
        item.VerdictDisagree = verdict.Disagree;
        item.VerdictExplanation = verdict.Explanation;
        item.VerdictConfidence = verdict.Confidence;
        item.VerdictModel = verdict.Model;
        item.VerdictAt = verdict.At;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }

    public async Task<DisputeEntry?> FindAsync(long id, CancellationToken ct = default)
    {
        var item = await db.DisputeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return item is null ? null : (await WithClaimsAsync([item], ct))[0];
    }

    /// <summary>
    /// Records a decision: confirm; dismiss, with a reason; or correct, with the 1-based number of the
    /// value group that is right (as listed). Null when there is no dispute <paramref name="id"/>.
    /// </summary>
    /// <exception cref="InvalidDecisionException">A dismissal without a reason, or a group number the dispute does not have.</exception>
    public async Task<DisputeItem?> DecideAsync(long id, DisputeStatus decision, DismissReason? reason = null, int? correctGroup = null,
        string? note = null, CancellationToken ct = default)
    {
        if (decision == DisputeStatus.Open)
        {
            throw new ArgumentException("A decision is confirm, dismiss or correct.", nameof(decision));
        }
        if (decision == DisputeStatus.Dismissed && reason is null)
        {
            throw new InvalidDecisionException($"a dismissal needs a reason: {string.Join(", ", DismissReasons.Words)}");
        }
        var item = await db.DisputeItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return null;
        }
        var groups = DisputeGroup.Parse(item.Groups);
        string? correctValue = null;
        if (decision == DisputeStatus.Corrected)
        {
            if (correctGroup is not { } number || number < 1 || number > groups.Count)
            {
                throw new InvalidDecisionException(string.Create(CultureInfo.InvariantCulture,
                    $"dispute {id} has value groups 1 to {groups.Count}: correct takes one of their numbers"));
            }
            correctValue = groups[number - 1].Value;
        }
        var now = Clock.UtcNowInMicroseconds();
        (item.Status, item.DismissReason, item.CorrectValue) = (decision, decision == DisputeStatus.Dismissed ? reason : null, correctValue);
        item.Note = note ?? item.Note;
        item.DecidedAt = now;
        item.UpdatedAt = now;
        item.DecidedGroups = item.Groups;
        item.PreviousDecision = null;
        if (item.DismissReason == Storage.DismissReason.ExtractionError)
        {
            var dissenting = groups.Where(g => g.Dissent).SelectMany(g => g.References()).Distinct().ToList();
            var fingerprints = dissenting.Select(r => r.Fingerprint).ToList();
            var known = await db.ClaimVerdicts.Where(v => fingerprints.Contains(v.Fingerprint)).Select(v => v.Fingerprint).ToListAsync(ct);
            var misread = dissenting.Where(r => !known.Contains(r.Fingerprint, StringComparer.Ordinal)).ToHashSet();
            foreach (var claim in await db.Claims.AsNoTracking().Referenced(misread).ToListAsync(ct))
            {
                if (misread.Remove(new ClaimReference(claim.DocumentId, claim.Fingerprint)))
                {
                    db.ClaimVerdicts.Add(new ClaimVerdict { Fingerprint = claim.Fingerprint, Reading = ClaimRecord.ReadingOf(claim), DisputeId = id, CreatedAt = now });
                }
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return item;
    }

    /// <summary>The decision in words, as a reopened dispute shows it: "dismissed (different-scope) on 2026-12-02: the note".</summary>
    public static string Describe(DisputeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var what = item.Status switch
        {
            DisputeStatus.Dismissed when item.DismissReason is { } reason => $"dismissed ({DismissReasons.Word(reason)})",
            DisputeStatus.Corrected => $"corrected to {item.CorrectValue}",
            var status => status.ToString().ToLowerInvariant(),
        };
        var when = item.DecidedAt is { } at ? at.ToString(" 'on' yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return item.Note is { Length: > 0 } note ? $"{what}{when}: {note}" : what + when;
    }

    private static DisputeItem NewItem(StatedFact fact, DateTimeOffset now) => new()
    {
        FactKey = fact.Identity,
        Subject = fact.Key.Subject,
        Attribute = fact.Key.Attribute,
        Scope = fact.Key.Scope,
        Modality = fact.Key.Modality.ToString().ToLowerInvariant(),
        Unit = fact.Unit,
        Period = fact.Period,
        Status = DisputeStatus.Open,
        Reason = fact.Reason,
        Groups = "[]",
        CreatedAt = now,
    };

    private static void Update(DisputeItem item, StatedFact fact, IReadOnlyList<DisputeGroup> groups, DateTimeOffset now)
    {
        item.Reason = fact.Reason;
        item.Severity = fact.Severity;
        item.UnitConfusion = fact.UnitConfusion;
        if (item.VerdictAt is not null && !DisputeGroup.Parse(item.Groups).Select(g => g.Value).Order(StringComparer.Ordinal)
            .SequenceEqual(groups.Select(g => g.Value).Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            ClearVerdict(item); // the model saw other figures: its verdict does not speak of these (a new agreeing source keeps it)
        }
        item.Groups = DisputeGroup.Serialize(groups);
        item.StaleSince = null;
        item.UpdatedAt = now;
    }

    private static void ClearVerdict(DisputeItem item)
    {
        (item.VerdictCause, item.VerdictSameFact, item.VerdictDisagree, item.VerdictExplanation) = (null, null, null, null);
        (item.VerdictConfidence, item.VerdictModel, item.VerdictAt) = (null, null, null);
    }

    private static void Reopen(DisputeItem item)
    {
        item.PreviousDecision = Describe(item);
        item.Status = DisputeStatus.Open;
        item.DismissReason = null;
        item.CorrectValue = null;
        item.DecidedAt = null;
        item.DecidedGroups = null;
    }

    private static IReadOnlyList<DisputeGroup> Snapshot(StatedFact fact) =>
        [.. fact.Groups.Select((g, i) =>
        {
            var claims = g.Claims.DistinctBy(c => c.Fingerprint, StringComparer.Ordinal).ToList();
            return new DisputeGroup(g.Value, [.. claims.Select(c => c.Fingerprint)], fact.Dissents.Contains(i), [.. claims.Select(c => c.DocumentId)]);
        })];

    /// <summary>A group holding none of the claims decided on, or a claim decided on that is no longer stored.</summary>
    private static bool Changed(IReadOnlyList<DisputeGroup> decided, IReadOnlyList<DisputeGroup> now, IReadOnlySet<string> currentFingerprints)
    {
        var decidedClaims = decided.SelectMany(g => g.Fingerprints).ToHashSet(StringComparer.Ordinal);
        return now.Any(g => !g.Fingerprints.Any(decidedClaims.Contains)) || !decidedClaims.All(currentFingerprints.Contains);
    }

    /// <summary>Each decided pair item not carried yet goes to the new, undecided dispute holding both its claims; the latest decision wins.</summary>
    private async Task<int> CarryPairDecisionsAsync(List<(DisputeItem Item, HashSet<string> Fingerprints)> fresh, DateTimeOffset now, CancellationToken ct)
    {
        if (fresh.Count == 0)
        {
            return 0;
        }
        var decided = await db.ReviewItems
            .Where(i => i.Status != ReviewStatus.Open && i.CarriedToDisputeId == null)
            .ToListAsync(ct);
        var carried = 0;
        foreach (var pair in decided.OrderByDescending(i => i.DecidedAt).ThenByDescending(i => i.Id))
        {
            var (item, _) = fresh.FirstOrDefault(f => f.Fingerprints.Contains(pair.FingerprintA) && f.Fingerprints.Contains(pair.FingerprintB));
            if (item is null)
            {
                continue;
            }
            pair.CarriedToDisputeId = item.Id;
            if (item.DecidedAt is not null)
            {
                continue; // a later pair decision already decided it
            }
            item.Status = pair.Status == ReviewStatus.Confirmed ? DisputeStatus.Confirmed : DisputeStatus.Dismissed;
            item.DismissReason = pair.Status == ReviewStatus.Dismissed ? Storage.DismissReason.Other : null;
            item.Note = pair.Note;
            item.DecidedAt = pair.DecidedAt ?? now;
            item.DecidedGroups = item.Groups;
            carried++;
        }
        return carried;
    }

    /// <summary>Items found by the last run that pass <paramref name="filter"/>, with their claims: most severe first, then the most sources, then by id.</summary>
    private async Task<IReadOnlyList<DisputeEntry>> ListWhereAsync(System.Linq.Expressions.Expression<Func<DisputeItem, bool>> filter, CancellationToken ct)
    {
        var items = await db.DisputeItems.AsNoTracking().Where(i => i.StaleSince == null).Where(filter).ToListAsync(ct);
        var entries = await WithClaimsAsync(items, ct);
        return [.. entries.OrderByDescending(e => e.Item.Severity).ThenByDescending(e => e.Sources).ThenBy(e => e.Item.Id)];
    }

    /// <summary>The items with their groups' claims (found by document and fingerprint) and documents.</summary>
    private async Task<IReadOnlyList<DisputeEntry>> WithClaimsAsync(List<DisputeItem> items, CancellationToken ct)
    {
        var snapshots = items.ToDictionary(i => i.Id, i => DisputeGroup.Parse(i.Groups));
        var claims = await new ExtractionStore(db).ClaimsWithDocumentsAsync(
            snapshots.Values.SelectMany(g => g).SelectMany(g => g.References()), ct);
        return [.. items.Select(item => new DisputeEntry(item, [.. snapshots[item.Id].Select(g => new DisputeEntryGroup(g.Value, g.Dissent,
            [.. g.Fingerprints.Where(claims.ContainsKey).Select(f => claims[f])]))]))];
    }
}
