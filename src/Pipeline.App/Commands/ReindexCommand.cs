using System.CommandLine;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.Ingestion;

namespace Pipeline.App.Commands;

/// <summary>`pipeline reindex`: analyze stored documents again and rebuild the Lucene index from the database, its source of truth.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Analyze every stored document again (after editing config/) and rebuild the search index from the database");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        var ingestion = await host.GetWithDatabaseAsync<IngestionService>(ct);
        var count = await IngestCommand.WithProgress(1, progress => ingestion.ReindexAsync(progress, ct));
        Console.Out.WriteLine($"reindexed {count} documents");
        return ExitCodes.Success;
    }
}
