using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Output;
using Pipeline.CrossCheck;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.App.Commands;

/// <summary>`pipeline review list|decide`: the conflicts the cross-check flagged, and the analyst's decisions on them.</summary>
public static class ReviewCommand
{
    private static readonly Option<string?> Status = new("--status")
    {
        Description = "Only items with this status",
    };

    private static readonly Argument<long> Id = new("id") { Description = "Review item id, as review list shows it" };

    private static readonly Argument<string> Decision = new("decision") { Description = "confirm (the claims do disagree) or dismiss (they do not)" };

    private static readonly Option<string?> Note = new("--note") { Description = "Why: kept with the item" };

    public static Command Create()
    {
        Status.AcceptOnlyFromAmong("open", "confirmed", "dismissed");
        var list = new Command("list", "List the conflicts still found, both claims side by side");
        list.Options.Add(Status);
        list.Options.Add(CommonOptions.Json);
        list.SetAction(ListAsync);

        var decide = new Command("decide", "Confirm or dismiss a conflict");
        decide.Arguments.Add(Id);
        decide.Arguments.Add(Decision);
        decide.Options.Add(Note);
        decide.Options.Add(CommonOptions.Json);
        decide.SetAction(DecideAsync);

        return new Command("review", "The review queue of conflicting claims") { list, decide };
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken ct)
    {
        var status = parse.GetValue(Status) switch
        {
            "open" => ReviewStatus.Open,
            "confirmed" => ReviewStatus.Confirmed,
            "dismissed" => ReviewStatus.Dismissed,
            _ => (ReviewStatus?)null,
        };
        using var workspace = Workspace.From(parse);
        await using var db = await workspace.OpenDatabaseAsync(ct);
        var entries = await new ReviewStore(db).ListAsync(status, ct);

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(entries.Select(ReviewJson.Of));
            return ExitCodes.Success;
        }
        foreach (var entry in entries)
        {
            Terminal.Out.Write(ToTable(entry, workspace));
        }
        Terminal.Out.MarkupLine($"[grey]{entries.Count} items[/]");
        return ExitCodes.Success;
    }

    private static async Task<int> DecideAsync(ParseResult parse, CancellationToken ct)
    {
        var id = parse.GetValue(Id);
        var word = parse.GetValue(Decision);
        var decision = word?.ToLowerInvariant() switch
        {
            "confirm" => ReviewStatus.Confirmed,
            "dismiss" => ReviewStatus.Dismissed,
            _ => throw new CommandException($"decision '{word}': write confirm or dismiss", ExitCodes.BadUsage),
        };
        using var workspace = Workspace.From(parse);
        await using var db = await workspace.OpenDatabaseAsync(ct);
        var store = new ReviewStore(db);
        var item = await store.DecideAsync(id, decision, parse.GetValue(Note), ct)
            ?? throw new CommandException(string.Create(CultureInfo.InvariantCulture, $"no review item with id {id}"));

        if (parse.GetValue(CommonOptions.Json))
        {
            var entry = await store.FindAsync(id, ct);
            JsonOutput.Write(entry is null ? new { item.Id, Status = ReviewJson.StatusWord(item.Status), item.Note } : ReviewJson.Of(entry));
            return ExitCodes.Success;
        }
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"item {item.Id}: {ReviewJson.StatusWord(item.Status)} ({item.Reason})"));
        return ExitCodes.Success;
    }

    /// <summary>One item: a heading with the reason, then A and B side by side.</summary>
    private static Table ToTable(ReviewEntry entry, Workspace workspace)
    {
        var item = entry.Item;
        var color = item.Severity switch
        {
            CrossCheck.ConflictSeverity.High => "red",
            CrossCheck.ConflictSeverity.Medium => "yellow",
            _ => "grey",
        };
        var subject = workspace.Lexicon.NameOf(item.Subject);
        var within = item.WithinDocument ? " · within one document" : "";
        var title = string.Create(CultureInfo.InvariantCulture,
            $"#{item.Id} [{color}]{item.Severity.ToString().ToLowerInvariant()}[/] {Markup.Escape(subject)} · {Markup.Escape(item.Attribute)} · {ReviewJson.StatusWord(item.Status)}{within}");
        var table = new Table().Border(TableBorder.Rounded).Title(title).Caption(Markup.Escape(item.Reason))
            .AddColumn(new TableColumn("A").Width(60)).AddColumn(new TableColumn("B").Width(60));
        table.AddRow(Source(entry.DocumentA), Source(entry.DocumentB));
        table.AddRow(MarkSentence(entry.A), MarkSentence(entry.B));
        table.AddRow(Markup.Escape(ClaimText.Value(entry.A)), Markup.Escape(ClaimText.Value(entry.B)));
        if (item.Note is { Length: > 0 } note)
        {
            table.AddRow(new Markup($"[grey]note:[/] {Markup.Escape(note)}"), new Markup(""));
        }
        return table;
    }

    private static string Source(Document document) =>
        $"[bold]{Markup.Escape(Workspace.DisplayPath(document.Source))}[/] [grey]({Markup.Escape(LanguageLabel.Of(document.Language, document.Script))}, #{document.Id})[/]";

    /// <summary>The sentence with the claimed value in reverse video.</summary>
    private static string MarkSentence(ClaimRecord claim) =>
        MarkedText.Of(claim.Sentence, claim.SentenceStart, [(claim.Start, claim.End)]);
}
