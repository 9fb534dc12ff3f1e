using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Pipeline.Storage;

/// <summary>
/// Inserts many rows of one mapped type outside EF's change tracker: PostgreSQL's binary COPY,
/// or one prepared INSERT reused for every row on SQLite. Mentions come by the million, and
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
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var parameters = string.Join(", ", columns.Select((_, i) => "$p" + i));
        command.CommandText = $"INSERT INTO {Quote(table)} ({names}) VALUES ({parameters})";
        var slots = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                slots[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
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
