using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pipeline.Storage;

/// <summary>
/// Tells a database refusing the values of a row (too long or too large for its column, against a
/// constraint) from a database that is unreachable or broken: the first is about one document, and
/// its batch's other documents can still be stored; the second is about all of them.
/// </summary>
internal static class RowRefusal
{
    // SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH.
    private static readonly int[] SqliteCodes = [18, 19, 20];

    // PostgreSQL's classes: data exception, integrity constraint violation, program limit exceeded
    // (an index entry or a row too large).
    private static readonly string[] PostgresClasses = ["22", "23", "54"];

    /// <summary>The database's reason when <paramref name="error"/> (or an exception inside it) is a refused row; otherwise null.</summary>
    public static string? ReasonOf(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when PostgresClasses.Contains(postgres.SqlState[..2]):
                    return $"{postgres.SqlState}: {postgres.MessageText}";
                case SqliteException sqlite when SqliteCodes.Contains(sqlite.SqliteErrorCode):
                    return sqlite.Message;
            }
        }
        return null;
    }
}
