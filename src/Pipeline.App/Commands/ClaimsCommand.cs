using System.CommandLine;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Claims;
using Pipeline.CrossCheck;
using Pipeline.Extraction.Entities;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.App.Commands;

/// <summary>`pipeline claims [--entity ID] [--attribute KEY]`: what the documents state, as structured claims.</summary>
public static class ClaimsCommand
{
    private static readonly Option<string?> Entity = new("--entity")
    {
        Description = "Only claims about this entity (lexicon id: china, mp-materials, ndpr, ...)",
    };

    private static readonly Option<string?> Attribute = new("--attribute")
    {
        Description = "Only claims of this attribute (keys in config/attributes.yaml: price-floor, refining-share, ...)",
    };

    public static Command Create()
    {
        var command = new Command("claims", "List claims: subject, attribute, normalized value, time, and the sentence they come from");
        command.Options.Add(Entity);
        command.Options.Add(Attribute);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var claims = await new ExtractionStore(db).ClaimsAsync(parse.GetValue(Entity), parse.GetValue(Attribute), ct);

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(claims.Select(DocumentJson.Claim));
            return ExitCodes.Success;
        }

        var lexicon = host.Get<Lexicon>();
        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "doc", "subject", "attribute", "scope", "value", "time", "sentence");
        foreach (var c in claims)
        {
            var value = c.DateFrom is not null ? FigureText.Of(c.DateFrom, c.DateTo) : FigureText.Of(c.Low, c.High, c.Unit, c.Qualifier, c.StatedUnit);
            table.AddRow(
                Markup.Escape(c.Origin is null ? $"{c.Id}" : $"{c.Id} (model)"), Markup.Escape($"{c.DocumentId}"), Markup.Escape(lexicon.NameOf(c.Subject)),
                Markup.Escape(c.Attribute), Markup.Escape(c.Scope ?? ""), Markup.Escape(ModalityText(c) + value),
                Markup.Escape(c.TimeFrom is null && c.AsOf is { } asOf ? $"now ({asOf:yyyy-MM-dd})" : FigureText.Of(c.TimeFrom, c.TimeTo)), MarkSentence(c));
        }
        Terminal.Out.Write(table);
        var fromModel = claims.Count(c => c.Origin is not null);
        Terminal.Out.MarkupLine(fromModel == 0 ? $"[grey]{claims.Count} claims[/]" : $"[grey]{claims.Count} claims, {fromModel} of them (model) read by the language model[/]");
        return ExitCodes.Success;
    }

    /// <summary>"target: ", "cap: ", "forecast: " before a figure that is not an actual one.</summary>
    private static string ModalityText(ClaimRecord c) => c.Modality is { } m && m != Modality.Actual ? $"{m.ToString().ToLowerInvariant()}: " : "";

    /// <summary>The sentence with the claimed value in reverse video.</summary>
    private static string MarkSentence(ClaimRecord c) =>
        MarkedText.Of(c.Sentence, c.SentenceStart, [(c.Start, c.End)]);
}
