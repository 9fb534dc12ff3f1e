using System.CommandLine;
using Pipeline.App.Cli;
using Pipeline.Storage;

namespace Pipeline.App.Hosting;

/// <summary>
/// Where a run's data lives: the data directory from --data, else $PIPELINE_DATA, else ./data;
/// the database from --db, else $PIPELINE_DB, else SQLite in the data directory; the config folder
/// that <see cref="Pipeline.ConfigFolder.Locate"/> finds.
/// </summary>
public sealed record PipelinePaths(string DataDirectory, StorageOptions Storage, string ConfigFolder)
{
    public static PipelinePaths For(string dataDirectory, string? connectionString = null)
    {
        var data = Path.GetFullPath(dataDirectory);
        return new PipelinePaths(data, new StorageOptions(data, connectionString), Pipeline.ConfigFolder.Locate());
    }

    public static PipelinePaths From(ParseResult parse) => For(
        parse.GetValue(CommonOptions.Data) ?? Environment.GetEnvironmentVariable("PIPELINE_DATA") ?? "data",
        parse.GetValue(CommonOptions.Database) ?? Environment.GetEnvironmentVariable("PIPELINE_DB"));

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    /// <summary>How a stored path is shown: relative to the current directory when it lies below it.</summary>
    public static string Display(string source)
    {
        if (!Path.IsPathFullyQualified(source))
        {
            return source;
        }
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, source);
        return relative.StartsWith("..", StringComparison.Ordinal) ? source : relative;
    }
}
