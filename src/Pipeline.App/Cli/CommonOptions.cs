using System.CommandLine;

namespace Pipeline.App.Cli;

/// <summary>Options every command understands.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory (database file and Lucene index). Default: $PIPELINE_DATA, else ./data",
        Recursive = true,
    };

    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Database connection string; a PostgreSQL one (Host=...) instead of SQLite. Default: $PIPELINE_DB, else SQLite in the data directory",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON document to stdout and nothing else there",
    };
}
