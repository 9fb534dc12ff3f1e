using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Pipeline.Storage;

/// <summary>A column stored as <typeparamref name="TValue"/> (a reference type, or a value type that is never null).</summary>
internal sealed class TypedBulkColumn<T, TValue>(string name, Func<T, TValue> read) : BulkColumn<T>(name)
{
    private static readonly SqliteBinder<TValue>? SqliteBind = SqliteBinding.For<TValue>();
    private static readonly NpgsqlDbType? PostgresType = PostgresBinding.TypeOf(typeof(TValue));

    public override int Bind(sqlite3_stmt statement, int index, T row)
    {
        var value = read(row);
        return value is null ? raw.sqlite3_bind_null(statement, index) : SqliteBinding.Require(SqliteBind)(statement, index, value);
    }

    public override Task WriteAsync(NpgsqlBinaryImporter writer, T row, CancellationToken ct)
    {
        var value = read(row);
        return value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, PostgresBinding.Require<TValue>(PostgresType), ct);
    }

    public override NpgsqlParameter ParameterFor(T row)
    {
        var value = read(row);
        var type = PostgresBinding.Require<TValue>(PostgresType);
        return value is null ? new NpgsqlParameter { NpgsqlDbType = type, Value = DBNull.Value } : new NpgsqlParameter<TValue> { NpgsqlDbType = type, TypedValue = value };
    }
}
