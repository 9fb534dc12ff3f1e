using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// A <c>Claims</c> table from the versions that indexed the whole fingerprint gains the
/// <see cref="ClaimRecord.FingerprintKey"/> column, filled from the fingerprints, and its index in
/// place of the old one: inside the schema check's transaction, so the change happens once, whole.
/// </summary>
internal static class ClaimFingerprintKeys
{
    private const string Column = nameof(ClaimRecord.FingerprintKey);

    private const string OldIndex = "IX_Claims_Fingerprint";

    private const string KeyFunction = "pipeline_fingerprint_key";

    /// <param name="existing">The columns of each table the database had before this check.</param>
    public static async Task AddIfMissingAsync(PipelineDbContext db, Dictionary<string, HashSet<string>> existing, bool isPostgres, CancellationToken ct)
    {
        if (!existing.TryGetValue("Claims", out var columns) || columns.Contains(Column))
        {
            return; // a new table, made with the key, or one that has it
        }
        var type = db.Model.FindEntityType(typeof(ClaimRecord))!.FindProperty(Column)!.GetColumnType();
#pragma warning disable EF1002 // names, types and keys come from our own model and code, not from input
        await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"Claims\" ADD COLUMN \"{Column}\" {type} NOT NULL DEFAULT 0", ct);
        if (isPostgres)
        {
            // ClaimRecord.KeyOf in SQL: the first 16 hex digits as a signed 64-bit number, or those of
            // the SHA-256 of a fingerprint that does not start with them.
            await db.Database.ExecuteSqlRawAsync($$"""
                UPDATE "Claims" SET "{{Column}}" = ('x' || CASE WHEN length("Fingerprint") >= 16 AND substr("Fingerprint", 1, 16) ~ '^[0-9a-fA-F]+$' THEN substr("Fingerprint", 1, 16)
                    ELSE substr(encode(sha256(convert_to("Fingerprint", 'UTF8')), 'hex'), 1, 16) END)::bit(64)::bigint
                """, ct);
        }
        else
        {
            // SQLite reads no hex: it asks ClaimRecord.KeyOf, once per claim, in one statement.
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            connection.CreateFunction(KeyFunction, (string fingerprint) => ClaimRecord.KeyOf(fingerprint), isDeterministic: true);
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"Claims\" SET \"{Column}\" = {KeyFunction}(\"Fingerprint\")", ct);
        }
        await db.Database.ExecuteSqlRawAsync($"DROP INDEX IF EXISTS \"{OldIndex}\"", ct);
        // The new index as a new database creates it.
        var index = $"\"IX_Claims_{Column}\"";
        await db.Database.ExecuteSqlRawAsync(CreateTablesScript.Statements(isPostgres).Single(s => s.Contains(index, StringComparison.Ordinal)), ct);
#pragma warning restore EF1002
    }
}
