using System.CommandLine;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Storage;

namespace Pipeline.App.Cli;

/// <summary>
/// Where a command's data lives: the data directory from --data, else $PIPELINE_DATA, else
/// ./data; the database from --db, else $PIPELINE_DB, else SQLite in the data directory.
/// </summary>
public sealed class Workspace : IDisposable
{
    private readonly Lazy<DocumentIndex> _index;

    public Workspace(string dataDirectory, string? connectionString)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        Storage = new StorageOptions(DataDirectory, connectionString);
        _index = new Lazy<DocumentIndex>(() => new DocumentIndex(Path.Combine(DataDirectory, "index"), IndexAnalyzers.CreateDefault()));
    }

    public static Workspace From(ParseResult parse) => new(
        parse.GetValue(CommonOptions.Data) ?? Environment.GetEnvironmentVariable("PIPELINE_DATA") ?? "data",
        parse.GetValue(CommonOptions.Database) ?? Environment.GetEnvironmentVariable("PIPELINE_DB"));

    public string DataDirectory { get; }

    public StorageOptions Storage { get; }

    public DocumentIndex Index => _index.Value;

    public async Task<PipelineDbContext> OpenDatabaseAsync(CancellationToken ct)
    {
        await PipelineDatabase.EnsureCreatedAsync(Storage, ct);
        return PipelineDatabase.Open(Storage);
    }

    public async Task<IngestionService> IngestionAsync(CancellationToken ct)
    {
        await PipelineDatabase.EnsureCreatedAsync(Storage, ct);
        return new IngestionService(() => PipelineDatabase.Open(Storage), Index);
    }

    /// <summary>How a stored path is shown: relative to the current directory when it lies below it.</summary>
    public static string DisplayPath(string source)
    {
        if (!Path.IsPathFullyQualified(source))
        {
            return source;
        }
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, source);
        return relative.StartsWith("..", StringComparison.Ordinal) ? source : relative;
    }

    public void Dispose()
    {
        if (_index.IsValueCreated)
        {
            _index.Value.Dispose();
        }
    }
}
