using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage;

/// <summary>Which provider a <see cref="StorageOptions"/> names, and the connection string to give it.</summary>
internal sealed record DatabaseTarget(bool IsPostgres, string ConnectionString, string? SqliteFile = null)
{
    public const string DefaultFileName = "pipeline.db";

    public static DatabaseTarget From(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.ConnectionString?.Trim();
        if (string.IsNullOrEmpty(connectionString))
        {
            return Sqlite(Path.Combine(options.DataDirectory, DefaultFileName));
        }
        if (PostgresUri.IsUri(connectionString))
        {
            return new(IsPostgres: true, PostgresUri.ToKeywords(connectionString));
        }

        var keywords = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (keywords.ContainsKey("Host") || keywords.ContainsKey("Server"))
        {
            return new(IsPostgres: true, connectionString);
        }
        if (keywords.ContainsKey("Data Source") || keywords.ContainsKey("DataSource") || keywords.ContainsKey("Filename"))
        {
            var sqlite = new SqliteConnectionStringBuilder(connectionString);
            return Sqlite(sqlite.DataSource, sqlite);
        }
        throw new ArgumentException(
            "The database connection string names neither PostgreSQL (Host=..., Server=..., postgres://...) nor SQLite (Data Source=...).",
            nameof(options));
    }

    private static DatabaseTarget Sqlite(string file, SqliteConnectionStringBuilder? given = null)
    {
        var builder = given ?? new SqliteConnectionStringBuilder { Pooling = true };
        if (builder.Mode == SqliteOpenMode.Memory || file == ":memory:")
        {
            return new(IsPostgres: false, builder.ToString());
        }
        // Absolute, so the file stays the same whatever the working directory is later.
        builder.DataSource = Path.GetFullPath(file);
        return new(IsPostgres: false, builder.ToString(), builder.DataSource);
    }
}
