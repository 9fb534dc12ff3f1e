using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Pipeline.Storage;

/// <summary>
/// Inserts many rows of one mapped type outside EF's change tracker: PostgreSQL's binary COPY,
/// or prepared many-row INSERTs on SQLite. Mentions come by the million, and
/// tracking each as an entity cost more than the rest of ingestion together.
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
            .Where(p => !p.IsPrimaryKey())
            .Select(p => new Column(p.GetColumnName(), p.PropertyInfo!, p.GetValueConverter() ?? p.GetTypeMapping().Converter))
            .ToList();
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, table, columns, rows, ct);
        }
        else
        {
            await InsertEachAsync(connection, transaction, table, columns, rows, ct);
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

    private static async Task InsertEachAsync(
        DbConnection connection, DbTransaction? transaction, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken ct)
    {
        // Many rows per statement: SQLite's cost is per statement far more than per value.
        await using var many = await PrepareAsync(connection, transaction, table, columns, RowsPerStatement, ct);
        await using var one = await PrepareAsync(connection, transaction, table, columns, 1, ct);
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            if (chunk.Length == RowsPerStatement)
            {
                Bind(many, columns, chunk);
                await many.ExecuteNonQueryAsync(ct);
                continue;
            }
            foreach (var row in chunk)
            {
                Bind(one, columns, [row]);
                await one.ExecuteNonQueryAsync(ct);
            }
        }
    }

    private const int RowsPerStatement = 64;

    private static async Task<DbCommand> PrepareAsync(
        DbConnection connection, DbTransaction? transaction, string table, List<Column> columns, int rowCount, CancellationToken ct)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var values = Enumerable.Range(0, rowCount)
            .Select(r => "(" + string.Join(", ", columns.Select((_, c) => $"$p{(r * columns.Count) + c}")) + ")");
        command.CommandText = $"INSERT INTO {Quote(table)} ({names}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rowCount * columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            command.Parameters.Add(parameter);
        }
        await command.PrepareAsync(ct);
        return command;
    }

    private static void Bind(DbCommand command, List<Column> columns, T[] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                command.Parameters[(r * columns.Count) + c].Value = columns[c].ValueOf(rows[r]) ?? DBNull.Value;
            }
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
        _ => throw new NotSupportedException($"no PostgreSQL type for {value.GetType().Name} in a bulk insert"),
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(string Name, System.Reflection.PropertyInfo Property, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? ValueOf(T row)
        {
            var value = Property.GetValue(row);
            return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
