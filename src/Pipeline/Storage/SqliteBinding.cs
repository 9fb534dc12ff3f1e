using System.Buffers;
using System.Globalization;
using System.Text;
using SQLitePCL;

namespace Pipeline.Storage;

/// <summary>Binds a statement parameter through SQLite's own API, typed.</summary>
internal delegate int SqliteBinder<in TValue>(sqlite3_stmt statement, int index, TValue value);

/// <summary>
/// The binder for each stored type, written as Microsoft.Data.Sqlite binds it, so a bulk insert
/// stores what EF would: booleans as 0 and 1, dates as yyyy-MM-dd text, timestamps as
/// 'yyyy-MM-dd HH:mm:ss.FFFFFFF' text, bytes as a blob.
/// </summary>
internal static class SqliteBinding
{
    private const int ShortText = 512;

    public static SqliteBinder<TValue>? For<TValue>()
    {
        Delegate? binder = typeof(TValue) switch
        {
            var type when type == typeof(string) => new SqliteBinder<string>(BindText),
            var type when type == typeof(int) => new SqliteBinder<int>(raw.sqlite3_bind_int),
            var type when type == typeof(long) => new SqliteBinder<long>(raw.sqlite3_bind_int64),
            var type when type == typeof(double) => new SqliteBinder<double>(raw.sqlite3_bind_double),
            var type when type == typeof(bool) => new SqliteBinder<bool>((statement, index, flag) => raw.sqlite3_bind_int(statement, index, flag ? 1 : 0)),
            var type when type == typeof(DateTime) => new SqliteBinder<DateTime>((statement, index, time) =>
                raw.sqlite3_bind_text(statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture))),
            var type when type == typeof(DateOnly) => new SqliteBinder<DateOnly>((statement, index, date) =>
                raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            var type when type == typeof(byte[]) => new SqliteBinder<byte[]>((statement, index, bytes) => raw.sqlite3_bind_blob(statement, index, bytes)),
            _ => null,
        };
        return (SqliteBinder<TValue>?)binder;
    }

    /// <summary>
    /// Long text (a document's) is encoded into a pooled buffer, which SQLite copies: SQLitePCL
    /// encodes only short strings on the stack and allocates a new array for every long one.
    /// </summary>
    private static int BindText(sqlite3_stmt statement, int index, string text)
    {
        if (text.Length <= ShortText)
        {
            return raw.sqlite3_bind_text(statement, index, text);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static SqliteBinder<TValue> Require<TValue>(SqliteBinder<TValue>? binder) =>
        binder ?? throw new NotSupportedException($"no SQLite binding for {typeof(TValue).Name} in a bulk insert");
}
