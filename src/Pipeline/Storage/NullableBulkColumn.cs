using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Pipeline.Storage;

/// <summary>A column stored as a nullable <typeparamref name="TValue"/>: null is written as NULL, a value as the type under it.</summary>
internal sealed class NullableBulkColumn<T, TValue>(string name, Func<T, TValue?> read) : BulkColumn<T>(name) where TValue : struct
{
    private static readonly SqliteBinder<TValue>? SqliteBind = SqliteBinding.For<TValue>();
    private static readonly NpgsqlDbType? PostgresType = PostgresBinding.TypeOf(typeof(TValue));

    public override int Bind(sqlite3_stmt statement, int index, T row) => read(row) is { } value
        ? SqliteBinding.Require(SqliteBind)(statement, index, value)
        : raw.sqlite3_bind_null(statement, index);

    public override Task WriteAsync(NpgsqlBinaryImporter writer, T row, CancellationToken ct) => read(row) is { } value
        ? writer.WriteAsync(value, PostgresBinding.Require<TValue>(PostgresType), ct)
        : writer.WriteNullAsync(ct);

    public override NpgsqlParameter ParameterFor(T row)
    {
        var type = PostgresBinding.Require<TValue>(PostgresType);
        return read(row) is { } value
            ? new NpgsqlParameter<TValue> { NpgsqlDbType = type, TypedValue = value }
            : new NpgsqlParameter { NpgsqlDbType = type, Value = DBNull.Value };
    }
}
