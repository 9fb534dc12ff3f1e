using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

/// <summary>How <see cref="PipelineDatabase.Open"/> reads a connection string. Opening connects to nothing.</summary>
public sealed class PipelineDatabaseOpenFacts : IDisposable
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("Host=localhost;Database=pipeline;Username=pipeline", Npgsql)]
    [InlineData("Server=db.internal;Port=5433;Database=pipeline", Npgsql)]
    [InlineData("host=localhost;database=pipeline", Npgsql)]
    [InlineData("postgres://pipeline@localhost/pipeline", Npgsql)]
    [InlineData("postgresql://pipeline:secret@db.internal:5433/pipeline?sslmode=require", Npgsql)]
    [InlineData("Data Source=/tmp/elsewhere.db", Sqlite)]
    [InlineData("Data Source=/tmp/elsewhere.db;Pooling=False", Sqlite)]
    public void Open_picks_the_provider_from_the_connection_string(string connectionString, string provider)
    {
        var options = new StorageOptions(_directory.Path, connectionString);

        using var db = PipelineDatabase.Open(options);

        Assert.Equal(provider, db.Database.ProviderName);
        Assert.Equal(provider == Npgsql, PipelineDatabase.IsPostgres(options));
    }

    [Fact]
    public void Without_a_connection_string_the_database_is_pipeline_db_in_the_data_directory()
    {
        var dataDirectory = _directory.Combine("not", "there", "yet");

        using var db = PipelineDatabase.Open(new StorageOptions(dataDirectory));

        Assert.Equal(Sqlite, db.Database.ProviderName);
        Assert.True(Directory.Exists(dataDirectory));
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        Assert.Equal(Path.Combine(dataDirectory, "pipeline.db"), file);
    }

    [Fact]
    public void A_Data_Source_names_the_SQLite_file_and_keeps_the_other_keywords()
    {
        var file = _directory.Combine("db", "other.db");

        using var db = PipelineDatabase.Open(new StorageOptions(_directory.Path, $"Data Source={file};Pooling=False"));

        var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.Equal(file, connection.DataSource);
        Assert.False(connection.Pooling);
    }

    [Fact]
    public void A_postgres_uri_becomes_the_keywords_Npgsql_reads()
    {
        var options = new StorageOptions(_directory.Path, "postgresql://news%20reader:p%40ss@db.internal:5433/news?sslmode=require");

        using var db = PipelineDatabase.Open(options);

        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.Equal("db.internal", connection.Host);
        Assert.Equal(5433, connection.Port);
        Assert.Equal("news reader", connection.Username);
        Assert.Equal("p@ss", connection.Password);
        Assert.Equal("news", connection.Database);
        Assert.Equal(SslMode.Require, connection.SslMode);
    }

    [Theory]
    [InlineData("Database=pipeline")]
    [InlineData("mysql://localhost/pipeline")]
    public void A_connection_string_naming_no_known_database_is_refused(string connectionString)
    {
        Assert.Throws<ArgumentException>(() => PipelineDatabase.Open(new StorageOptions(_directory.Path, connectionString)));
    }
}
