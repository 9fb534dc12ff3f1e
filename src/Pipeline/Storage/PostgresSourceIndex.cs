using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// The index that keeps a document's source unique, on PostgreSQL. A btree entry there holds at most
/// about 2.7 KB, so a unique index on the source itself refused a longer path or address once it did
/// not compress, and with it the whole batch and the run. Uniqueness is kept on the source's MD5
/// instead (32 characters, whatever the source's length), and lookups by source go through a hash
/// index, which stores hashes only. SQLite has no such limit and keeps the model's index.
/// </summary>
internal static class PostgresSourceIndex
{
    private const string Unique = "IX_Documents_Source";

    /// <summary>Replaces the model's unique index on the source (a new database's, or one an earlier version made) with these two.</summary>
    /// <param name="indexes">The schema's indexes and their definitions, as the schema check found them.</param>
    public static async Task EnsureAsync(PipelineDbContext db, IReadOnlyDictionary<string, string> indexes, CancellationToken ct)
    {
        if (indexes.TryGetValue(Unique, out var definition) && definition.Contains("md5(", StringComparison.Ordinal))
        {
            return;
        }
        await db.Database.ExecuteSqlAsync($"DROP INDEX IF EXISTS \"IX_Documents_Source\"", ct);
        await db.Database.ExecuteSqlAsync($"CREATE UNIQUE INDEX \"IX_Documents_Source\" ON \"Documents\" (md5(\"Source\"))", ct);
        await db.Database.ExecuteSqlAsync($"CREATE INDEX IF NOT EXISTS \"IX_Documents_Source_Hash\" ON \"Documents\" USING hash (\"Source\")", ct);
    }
}
