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

    public static async Task EnsureCreatedAsync(PipelineDbContext db, CancellationToken ct)
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
        if (!await TableExistsAsync(db, isPostgres, ct))
        {
            await creator.CreateTablesAsync(ct);
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

    private static async Task<bool> TableExistsAsync(PipelineDbContext db, bool isPostgres, CancellationToken ct)
    {
        var table = db.Model.FindEntityType(typeof(Document))!.GetTableName()!;
        var exists = isPostgres
            ? db.Database.SqlQuery<bool>($"SELECT to_regclass(quote_ident({table})) IS NOT NULL AS \"Value\"")
            : db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = {table}) AS \"Value\"");
        return await exists.SingleAsync(ct);
    }
}
