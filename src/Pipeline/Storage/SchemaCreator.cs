using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Pipeline.Storage;

/// <summary>
/// What <c>Database.EnsureCreated</c> does, which is enough while there is no data to migrate
/// (migrations come when a released schema has to change under existing data), with two fixes:
/// <list type="bullet">
/// <item>it looks for our own table, not for any table, so tables that Hangfire (or anything else)
/// made in the same database do not stop ours from being created;</item>
/// <item>it checks and creates under a lock, so two processes starting at once on a fresh database
/// wait for each other instead of colliding on CREATE TABLE.</item>
/// </list>
/// </summary>
internal static class SchemaCreator
{
    // Any constant shared by every Pipeline process; advisory locks are scoped to one database.
    private const long PostgresSchemaLock = 0x5049_5045_4C49_4E45; // "PIPELINE"

    public static async Task EnsureCreatedAsync(PipelineDbContext db, Action<string> upgrading, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        var isPostgres = db.Database.IsNpgsql();
        if (!await creator.ExistsAsync(ct))
        {
            await CreateDatabaseAsync(creator, ct);
        }

        // SQLite begins with BEGIN IMMEDIATE, which takes the one write lock: that is the lock.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (isPostgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresSchemaLock})", ct);
        }
        // One look at what exists: the tables, each with its columns.
        var existing = (await ExistingColumnsAsync(db, isPostgres, ct))
            .GroupBy(c => c.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Column).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        // And its indexes, with their definitions, read before any is changed: an index made below is one that was not there.
        var indexes = (await ExistingIndexesAsync(db, isPostgres, ct)).ToDictionary(i => i.Name, i => i.Definition, StringComparer.Ordinal);
        var missing = db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Distinct().Where(t => !existing.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            await CreateTablesAsync(db, isPostgres, missing, ct);
        }
        await AddMissingColumnsAsync(db, existing, ct);
        await LegacyFingerprintIndex.RemoveAsync(db, existing, indexes, upgrading, ct);
        if (isPostgres)
        {
            await PostgresSourceIndex.EnsureAsync(db, indexes, ct);
        }
        if (existing.ContainsKey(LegacyMentionTable.Name))
        {
            upgrading("packing the mentions of an earlier version, a row each, into one record per document (once)");
            await LegacyMentionTable.ConvertAsync(db, ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static async Task CreateDatabaseAsync(IRelationalDatabaseCreator creator, CancellationToken ct)
    {
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it between our check and our CREATE DATABASE: what we wanted.
            // (Npgsql itself absorbs the other form of this race, two CREATE DATABASE at once.)
        }
    }

    /// <summary>
    /// Creates the tables not there, with their indexes, from the model's own script: all of them in
    /// a new database; in one made by an earlier version, the tables added since. (Changed columns
    /// would need migrations.)
    /// </summary>
    private static async Task CreateTablesAsync(PipelineDbContext db, bool isPostgres, List<string> tables, CancellationToken ct)
    {
        foreach (var statement in CreateTablesScript.Statements(isPostgres))
        {
            if (tables.Any(t => statement.Contains($"TABLE \"{t}\"", StringComparison.Ordinal)
                || statement.Contains($"ON \"{t}\"", StringComparison.Ordinal)))
            {
#pragma warning disable EF1002 // the statements are EF's own script for our model, not user input
                await db.Database.ExecuteSqlRawAsync(statement, ct);
#pragma warning restore EF1002
            }
        }
    }

    /// <summary>
    /// A table made by an earlier version lacks the nullable columns added since (a claim's scope,
    /// modality and date): add them empty. `pipeline reindex` then fills them from the documents.
    /// </summary>
    private static async Task AddMissingColumnsAsync(PipelineDbContext db, Dictionary<string, HashSet<string>> existing, CancellationToken ct)
    {
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            if (!existing.TryGetValue(table, out var columns))
            {
                continue; // created just now, whole
            }
            foreach (var property in entity.GetProperties().Where(p => p.IsNullable && !columns.Contains(p.GetColumnName())))
            {
#pragma warning disable EF1002 // names and types come from our own model, not from input
                await db.Database.ExecuteSqlRawAsync(
                    $"ALTER TABLE \"{table}\" ADD COLUMN \"{property.GetColumnName()}\" {property.GetColumnType()} NULL", ct);
#pragma warning restore EF1002
            }
        }
    }

    /// <summary>Every column of every table in the pipeline's schema (PostgreSQL: the current schema; Hangfire keeps its own).</summary>
    private static async Task<List<TableColumn>> ExistingColumnsAsync(PipelineDbContext db, bool isPostgres, CancellationToken ct) =>
        await (isPostgres
            ? db.Database.SqlQuery<TableColumn>($"SELECT table_name AS \"Table\", column_name AS \"Column\" FROM information_schema.columns WHERE table_schema = current_schema()")
            : db.Database.SqlQuery<TableColumn>($"SELECT m.name AS \"Table\", p.name AS \"Column\" FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"))
            .ToListAsync(ct);

    /// <summary>Every index in the pipeline's schema, by name, with the statement that defines it ("" for SQLite's own).</summary>
    private static async Task<List<TableIndex>> ExistingIndexesAsync(PipelineDbContext db, bool isPostgres, CancellationToken ct) =>
        await (isPostgres
            ? db.Database.SqlQuery<TableIndex>($"SELECT indexname AS \"Name\", indexdef AS \"Definition\" FROM pg_indexes WHERE schemaname = current_schema()")
            : db.Database.SqlQuery<TableIndex>($"SELECT name AS \"Name\", COALESCE(sql, '') AS \"Definition\" FROM sqlite_master WHERE type = 'index'"))
            .ToListAsync(ct);

    private sealed class TableIndex
    {
        public string Name { get; set; } = "";
        public string Definition { get; set; } = "";
    }

    private sealed class TableColumn
    {
        public string Table { get; set; } = "";
        public string Column { get; set; } = "";
    }
}
