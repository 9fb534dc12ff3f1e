using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pipeline.Storage;

/// <summary>
/// Sets every SQLite connection up so a reader (search) and a writer (ingestion) coexist:
/// write-ahead logging lets readers go on while a transaction writes, and the busy timeout makes
/// a second writer wait for the first instead of failing at once with "database is locked".
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    // WAL is stored in the file, so after the first connection this is a no-op read.
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA cache_size = -65536;";

    private SqliteConnectionSetup()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
