using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// A <c>Claims</c> table from the versions that indexed the whole fingerprint gains the
/// <see cref="ClaimRecord.FingerprintKey"/> column, filled from the fingerprints, and its index in
/// place of the old one: inside the schema check's transaction, so the change happens once, whole.
/// </summary>
internal static class ClaimFingerprintKeys
{
    public const string Column = nameof(ClaimRecord.FingerprintKey);

    private const string OldIndex = "IX_Claims_Fingerprint";

    // Claims read and written back per statement: a large corpus has hundreds of thousands.
    private const int ClaimsPerUpdate = 1000;

    public static async Task AddAsync(PipelineDbContext db, bool isPostgres, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(ClaimRecord))!.FindProperty(Column)!.GetColumnType();
#pragma warning disable EF1002 // names, types and keys come from our own model and code, not from input
        await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"Claims\" ADD COLUMN \"{Column}\" {type} NOT NULL DEFAULT 0", ct);
        for (long after = 0; ;)
        {
            var claims = await db.Claims.AsNoTracking().Where(c => c.Id > after).OrderBy(c => c.Id).Take(ClaimsPerUpdate)
                .Select(c => new { c.Id, c.Fingerprint }).ToListAsync(ct);
            if (claims.Count == 0)
            {
                break;
            }
            var keys = string.Join(' ', claims.Select(c => $"WHEN {c.Id} THEN {ClaimRecord.KeyOf(c.Fingerprint)}"));
            await db.Database.ExecuteSqlRawAsync(
                $"UPDATE \"Claims\" SET \"{Column}\" = CASE \"Id\" {keys} END WHERE \"Id\" BETWEEN {claims[0].Id} AND {claims[^1].Id}", ct);
            after = claims[^1].Id;
        }
        await db.Database.ExecuteSqlRawAsync($"DROP INDEX IF EXISTS \"{OldIndex}\"", ct);
        // The new index as a new database creates it.
        var index = $"\"IX_Claims_{Column}\"";
        await db.Database.ExecuteSqlRawAsync(CreateTablesScript.Statements(isPostgres).Single(s => s.Contains(index, StringComparison.Ordinal)), ct);
#pragma warning restore EF1002
    }
}
