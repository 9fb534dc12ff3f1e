using System.CommandLine;
using Pipeline.Storage;

namespace Pipeline.App.Cli;

/// <summary>Options every command understands.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory (database file and Lucene index). Default: $PIPELINE_DATA, else ./data",
        Recursive = true,
    };

    public static readonly Option<string?> Database = Checked(new("--db")
    {
        Description = "Database connection string; a PostgreSQL one (Host=...) instead of SQLite. Default: $PIPELINE_DB, else SQLite in the data directory",
        Recursive = true,
    });

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON document to stdout and nothing else there",
    };

    /// <summary>A connection string that names no database is bad usage, said when the command line is read.</summary>
    private static Option<string?> Checked(Option<string?> database)
    {
        database.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } given && PipelineDatabase.Unusable(given) is { } problem)
            {
                result.AddError($"--db: {problem}");
            }
        });
        return database;
    }
}
