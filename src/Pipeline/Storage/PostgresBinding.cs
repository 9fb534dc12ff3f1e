using NpgsqlTypes;

namespace Pipeline.Storage;

/// <summary>The PostgreSQL type each stored type is written as in a bulk insert, as EF's Npgsql mappings write it.</summary>
internal static class PostgresBinding
{
    public static NpgsqlDbType? TypeOf(Type stored) => stored switch
    {
        _ when stored == typeof(string) => NpgsqlDbType.Text,
        _ when stored == typeof(int) => NpgsqlDbType.Integer,
        _ when stored == typeof(long) => NpgsqlDbType.Bigint,
        _ when stored == typeof(double) => NpgsqlDbType.Double,
        _ when stored == typeof(bool) => NpgsqlDbType.Boolean,
        _ when stored == typeof(DateOnly) => NpgsqlDbType.Date,
        // Always at offset 0 here: UtcTimestampConverter puts it there, as Npgsql requires for timestamptz.
        _ when stored == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ when stored == typeof(byte[]) => NpgsqlDbType.Bytea,
        _ => null,
    };

    public static NpgsqlDbType Require<TValue>(NpgsqlDbType? type) =>
        type ?? throw new NotSupportedException($"no PostgreSQL type for {typeof(TValue).Name} in a bulk insert");
}
