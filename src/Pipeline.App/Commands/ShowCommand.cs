using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Storage;

namespace Pipeline.App.Commands;

/// <summary>`pipeline show ID`: one document's metadata and its original text.</summary>
public static class ShowCommand
{
    private static readonly Argument<int> Id = new("id") { Description = "Document id, as search shows it" };

    public static Command Create()
    {
        var command = new Command("show", "Show a document as it was written");
        command.Arguments.Add(Id);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var id = parse.GetValue(Id);
        using var host = PipelineHost.From(parse);
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var document = await new DocumentStore(db).FindAsync(id, ct)
            ?? throw new CommandException($"no document with id {id} in {host.Paths.DataDirectory}");

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(DocumentJson.Of(document));
            return ExitCodes.Success;
        }

        Console.Out.WriteLine($"#{document.Id} {document.Title ?? "(untitled)"}");
        Console.Out.WriteLine($"source:   {PipelinePaths.Display(document.Source)}");
        Console.Out.WriteLine($"language: {LanguageLabel.Of(document.Language, document.Script)}");
        Console.Out.WriteLine($"date:     {document.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
        Console.Out.WriteLine($"ingested: {document.IngestedAt:u}, updated {document.UpdatedAt:u}");
        Console.Out.WriteLine();
        Console.Out.WriteLine(document.Text);
        return ExitCodes.Success;
    }
}
