using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using SQLitePCL;

namespace Pipeline.Storage;

/// <summary>
/// Inserts many rows of one mapped type outside EF's change tracker: PostgreSQL's binary COPY (or
/// one batch of INSERT ... RETURNING when the generated keys are wanted), or one prepared INSERT
/// stepped for every row on SQLite. Claims come by the hundred thousand, and tracking each as an
/// entity cost more than the rest of ingestion together.
/// </summary>
/// <remarks>
/// Tables and columns are read from the EF model, and values go through the model's converters
/// (enums are stored as their names, timestamps in UTC), so the rows are the ones EF itself would
/// have written. Each column is read by a getter compiled once per model and bound by its type:
/// no boxing, no EF accessor per value. Runs inside the context's current transaction, which the
/// caller opens.
/// </remarks>
internal sealed class BulkInserter<T>(PipelineDbContext db) where T : class
{
    // One per model: each provider has its own compiled model, with its own converters.
    private static readonly ConditionalWeakTable<IEntityType, BulkTable<T>> Tables = [];

    public async Task InsertAsync(IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = Table();
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, table, rows, ct);
        }
        else
        {
            InsertEach((SqliteConnection)db.Database.GetDbConnection(), table, rows, keys: null, ct);
        }
    }

    /// <summary>Inserts rows whose key the database generates, and returns each row's key, in the order of <paramref name="rows"/>.</summary>
    public async Task<long[]> InsertReturningKeysAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        var keys = new long[rows.Count];
        if (rows.Count == 0)
        {
            return keys;
        }
        var table = Table();
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            await InsertReturningAsync(postgres, table, rows, keys, ct);
        }
        else
        {
            InsertEach((SqliteConnection)db.Database.GetDbConnection(), table, rows, keys, ct);
        }
        return keys;
    }

    private BulkTable<T> Table() => Tables.GetValue(db.Model.FindEntityType(typeof(T))!, BulkTable<T>.Of);

    private static async Task CopyAsync(NpgsqlConnection connection, BulkTable<T> table, IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(table.CopySql(), ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in table.Columns)
            {
                await column.WriteAsync(writer, row, ct);
            }
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>One INSERT ... RETURNING per row, all sent in one batch (COPY cannot hand keys back).</summary>
    private static async Task InsertReturningAsync(NpgsqlConnection connection, BulkTable<T> table, IReadOnlyList<T> rows, long[] keys, CancellationToken ct)
    {
        var sql = table.InsertSql("$", returningKey: true);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var row in rows)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var column in table.Columns)
            {
                command.Parameters.Add(column.ParameterFor(row));
            }
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(ct);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                await reader.NextResultAsync(ct);
            }
            await reader.ReadAsync(ct);
            keys[i] = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// One statement prepared once, bound by position and stepped for every row, through SQLite's
    /// own API: Microsoft.Data.Sqlite's commands bind each parameter by name and open a reader on
    /// every execution, which made the rows cost more to store than everything else to compute.
    /// With <paramref name="keys"/>, the statement returns each row's generated key into it.
    /// </summary>
    private static void InsertEach(SqliteConnection connection, BulkTable<T> table, IReadOnlyCollection<T> rows, long[]? keys, CancellationToken ct)
    {
        var db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, table.InsertSql("?", returningKey: keys is not null), out var statement));
        using (statement)
        {
            var i = 0;
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    Check(db, table.Columns[c].Bind(statement, c + 1, row));
                }
                var stepped = raw.sqlite3_step(statement);
                if (keys is not null && stepped == raw.SQLITE_ROW)
                {
                    keys[i] = raw.sqlite3_column_int64(statement, 0);
                    stepped = raw.sqlite3_step(statement);
                }
                Check(db, stepped == raw.SQLITE_DONE ? raw.SQLITE_OK : stepped);
                Check(db, raw.sqlite3_reset(statement));
                i++;
            }
        }
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite Error {result}: {raw.sqlite3_errmsg(db).utf8_to_string()}", result);
        }
    }
}
