using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Pipeline.Storage;

/// <summary>
/// Inserts many rows of one mapped type outside EF's change tracker: PostgreSQL's binary COPY,
/// or one prepared INSERT stepped for every row on SQLite. Claims come by the hundred thousand,
/// and tracking each as an entity cost more than the rest of ingestion together.
/// </summary>
/// <remarks>
/// Tables and columns are read from the EF model, and values go through the model's converters
/// (enums are stored as their names), so the rows are the ones EF itself would have written.
/// Runs inside the context's current transaction, which the caller opens.
/// </remarks>
internal sealed class BulkInserter<T>(PipelineDbContext db) where T : class
{
    public async Task InsertAsync(IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var columns = entity.GetProperties()
            // Keys the database generates are left to it; a key given by the row (a document's id) is written.
            .Where(p => !p.IsPrimaryKey() || p.ValueGenerated == ValueGenerated.Never)
            .Select(p => new Column(p.GetColumnName(), p.GetGetter(), p.GetValueConverter() ?? p.GetTypeMapping().Converter))
            .ToList();
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, table, columns, rows, ct);
        }
        else
        {
            InsertEach((SqliteConnection)connection, table, columns, rows, ct);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {Quote(table)} ({names}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.ValueOf(row);
                if (value is null)
                {
                    await writer.WriteNullAsync(ct);
                }
                else
                {
                    await writer.WriteAsync(value, PostgresType(value), ct);
                }
            }
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>
    /// One statement prepared once, bound by position and stepped for every row, through SQLite's
    /// own API: Microsoft.Data.Sqlite's commands bind each parameter by name and open a reader on
    /// every execution, which made the rows cost more to store than everything else to compute.
    /// </summary>
    private static void InsertEach(SqliteConnection connection, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var parameters = string.Join(", ", columns.Select((_, i) => "?" + (i + 1)));
        var db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, $"INSERT INTO {Quote(table)} ({names}) VALUES ({parameters})", out var statement));
        using (statement)
        {
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < columns.Count; i++)
                {
                    Check(db, Bind(statement, i + 1, columns[i].ValueOf(row)));
                }
                var stepped = raw.sqlite3_step(statement);
                Check(db, stepped == raw.SQLITE_DONE ? raw.SQLITE_OK : stepped);
                Check(db, raw.sqlite3_reset(statement));
            }
        }
    }

    /// <summary>Binds a value as Microsoft.Data.Sqlite would: booleans as 0 and 1, dates as yyyy-MM-dd text, bytes as a blob.</summary>
    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        int number => raw.sqlite3_bind_int(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        double number => raw.sqlite3_bind_double(statement, index, number),
        bool flag => raw.sqlite3_bind_int(statement, index, flag ? 1 : 0),
        DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"no SQLite binding for {value.GetType().Name} in a bulk insert"),
    };

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite Error {result}: {raw.sqlite3_errmsg(db).utf8_to_string()}", result);
        }
    }

    private static NpgsqlDbType PostgresType(object value) => value switch
    {
        string => NpgsqlDbType.Text,
        int => NpgsqlDbType.Integer,
        long => NpgsqlDbType.Bigint,
        double => NpgsqlDbType.Double,
        bool => NpgsqlDbType.Boolean,
        DateOnly => NpgsqlDbType.Date,
        byte[] => NpgsqlDbType.Bytea,
        _ => throw new NotSupportedException($"no PostgreSQL type for {value.GetType().Name} in a bulk insert"),
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A mapped column: its name, EF's compiled getter (no reflection per row), and the converter to the stored form.</summary>
    private sealed record Column(string Name, Microsoft.EntityFrameworkCore.Metadata.IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? ValueOf(T row)
        {
            var value = Getter.GetClrValue(row);
            return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
