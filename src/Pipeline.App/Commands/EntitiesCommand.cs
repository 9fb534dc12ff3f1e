using System.CommandLine;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.CrossCheck;
using Pipeline.Extraction;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.App.Commands;

/// <summary>`pipeline entities [DOCID]`: the mentions found in one document, or in all.</summary>
public static class EntitiesCommand
{
    private static readonly Argument<int?> DocumentId = new("docid")
    {
        Description = "Only this document's mentions",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create()
    {
        var command = new Command("entities", "List mentions: entities (with their lexicon id), money, quantities, rates, percentages, dates");
        command.Arguments.Add(DocumentId);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var documentId = parse.GetValue(DocumentId);
        if (documentId is { } id && await new DocumentStore(db).FindAsync(id, ct) is null)
        {
            throw new CommandException($"no document with id {id} in {host.Paths.DataDirectory}");
        }
        var mentions = await new ExtractionStore(db).MentionsAsync(documentId, ct);

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(mentions.Select(DocumentJson.Mention));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("doc", "kind", "id / value", "surface", "start", "end");
        foreach (var m in mentions)
        {
            var what = m.Kind switch
            {
                MentionKind.Entity => (m.EntityId ?? "") + (m.Verified ? "" : " (unverified)"),
                MentionKind.Date => FigureText.Of(m.DateFrom, m.DateTo),
                _ => FigureText.Of(m.Low, m.High, m.Unit, m.Qualifier, m.StatedUnit),
            };
            var kind = m.Kind == MentionKind.Entity ? m.EntityKind?.ToString().ToLowerInvariant() ?? "entity" : m.Kind.ToString().ToLowerInvariant();
            table.AddRow(Cell(m.DocumentId), Markup.Escape(kind), Markup.Escape(what), Markup.Escape(m.Surface), Cell(m.Start), Cell(m.End));
        }
        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine($"[grey]{mentions.Count} mentions[/]");
        return ExitCodes.Success;
    }

    private static string Cell(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
