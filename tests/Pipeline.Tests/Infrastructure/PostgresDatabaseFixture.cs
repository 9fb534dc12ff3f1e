using Npgsql;
using Pipeline.Storage;

namespace Pipeline.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL database of its own for one test class (like Hangfire's [CleanDatabase]), made on
/// the server that tests/run.sh starts, and dropped when the class is done. Without that server
/// the tests fail, never skip: a green run must mean PostgreSQL was tested.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    public const string ServerVariable = "PIPELINE_TEST_POSTGRES";

    private readonly List<string> _databases = [];

    // A path, not a TempDirectory: xunit disposes class fixtures through IAsyncLifetime alone.
    private string? _dataDirectory;

    /// <summary>The class's own database, created empty (no tables).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The class's database, and a data directory of its own for files beside it (the index).</summary>
    public StorageOptions Options => new(_dataDirectory!, ConnectionString);

    /// <summary>The server's connection string (maintenance database), from the environment.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ServerVariable} is not set: run tests/run.sh, which starts PostgreSQL");

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        _dataDirectory = Directory.CreateTempSubdirectory("pipeline-tests-").FullName;
    }

    /// <summary>Names a database that does not exist yet (for tests of creating one); dropped with the fixture.</summary>
    public string NewDatabaseConnectionString()
    {
        var name = $"pipeline_t_{Guid.NewGuid():N}";
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Creates another empty database; dropped with the fixture.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var connectionString = NewDatabaseConnectionString();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        return connectionString;
    }

    public async Task DisposeAsync()
    {
        foreach (var name in _databases)
        {
            // FORCE: pooled connections of the tests may still be open.
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
