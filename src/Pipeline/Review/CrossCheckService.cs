using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pipeline.CrossCheck;
using Pipeline.Storage;

namespace Pipeline.Review;

/// <summary>Runs the cross-check over every stored claim and brings the review queue up to date.</summary>
public sealed class CrossCheckService(Func<PipelineDbContext> openDatabase, CrossCheckOptions options)
{
    public async Task<CrossCheckReport> RunAsync(CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var (claims, fingerprints) = await LoadAsync(ct);
        var result = new CrossChecker(options).Run(claims);
        await using var db = openDatabase();
        var review = await new ReviewStore(db).SyncAsync(result.Conflicts, fingerprints, ct);
        var disputes = await new DisputeStore(db).SyncAsync(result.Facts, fingerprints, ct);
        return new CrossCheckReport(result, review, clock.Elapsed) { Disputes = disputes };
    }

    /// <summary>The pass alone, over every stored claim not found misread: its facts and conflicts, with the review queue left as it is.</summary>
    public async Task<CrossCheckResult> CheckAsync(CancellationToken ct = default)
    {
        var (claims, _) = await LoadAsync(ct);
        return new CrossChecker(options).Run(claims);
    }

    private async Task<(List<CrossCheckClaim> Claims, HashSet<string> Fingerprints)> LoadAsync(CancellationToken ct)
    {
        var claims = new List<CrossCheckClaim>();
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        await using var db = openDatabase();
        // Claims an analyst found misread (a dispute dismissed as an extraction error), and the same
        // sentence read the same way elsewhere, stay out of every later dispute.
        var verdicts = await db.ClaimVerdicts.AsNoTracking().ToListAsync(ct);
        var misread = verdicts.Select(v => v.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var misreadings = verdicts.Select(v => v.Reading).ToHashSet(StringComparer.Ordinal);
        await foreach (var record in db.Claims.AsNoTracking().OrderBy(c => c.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            fingerprints.Add(record.Fingerprint);
            if (misread.Contains(record.Fingerprint) || (misreadings.Count > 0 && misreadings.Contains(ClaimRecord.ReadingOf(record))))
            {
                continue;
            }
            if (StoredClaims.Read(record, options.PresentYears) is { } claim)
            {
                claims.Add(claim);
            }
        }
        return (claims, fingerprints);
    }
}
