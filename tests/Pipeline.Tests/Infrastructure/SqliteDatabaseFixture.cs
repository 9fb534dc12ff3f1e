using Microsoft.Data.Sqlite;
using Pipeline.Storage;

namespace Pipeline.Tests.Infrastructure;

/// <summary>
/// A data directory of its own for one test class: the default SQLite database (pipeline.db)
/// lives in it. Deleted when the class is done.
/// </summary>
public sealed class SqliteDatabaseFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public StorageOptions Options => new(_directory.Path);

    public string DataDirectory => _directory.Path;

    public void Dispose()
    {
        // Pooled connections keep the file open; close them before deleting it.
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
