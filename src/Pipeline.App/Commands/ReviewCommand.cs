using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Extraction.Entities;
using Pipeline.Llm;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.App.Commands;

/// <summary>`pipeline review list|decide`: the disputed facts the cross-check found, and the analyst's decisions on them.</summary>
public static class ReviewCommand
{
    private static readonly Option<string?> Status = new("--status")
    {
        Description = "Only disputes with this status",
    };

    private static readonly Argument<long> Id = new("id") { Description = "Dispute id, as review list shows it" };

    private static readonly Argument<string> Decision = new("decision")
    {
        Description = "confirm (the sources disagree), dismiss (they do not: give --reason) or correct GROUP (that value group is right)",
    };

    private static readonly Argument<int?> Group = new("group")
    {
        Description = "For correct: the value group's number, as review list shows it",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string?> Reason = new("--reason")
    {
        Description = $"Why a dismissal: {string.Join(", ", DismissReasons.Words)}",
    };

    private static readonly Option<string?> Sort = new("--sort")
    {
        Description = "severity (the default: most severe first) or cause: what the model says is not one fact (different scope, then period, measure, extraction error) first",
    };

    private static readonly Option<string?> Note = new("--note") { Description = "Why: kept with the dispute" };

    public static Command Create()
    {
        Status.AcceptOnlyFromAmong([.. DisputeStatuses.Words]);
        Reason.AcceptOnlyFromAmong([.. DismissReasons.Words]);
        Sort.AcceptOnlyFromAmong([.. ReviewSorts.Words]);
        var list = new Command("list", "List the disputed facts still found: each value group with its sources, the dissent marked");
        list.Options.Add(Status);
        list.Options.Add(Sort);
        list.Options.Add(CommonOptions.Json);
        list.SetAction(ListAsync);

        var decide = new Command("decide", "Confirm a dispute, dismiss it with a reason, or mark the value group that is right");
        decide.Arguments.Add(Id);
        decide.Arguments.Add(Decision);
        decide.Arguments.Add(Group);
        decide.Options.Add(Reason);
        decide.Options.Add(Note);
        decide.Options.Add(CommonOptions.Json);
        decide.SetAction(DecideAsync);

        return new Command("review", "The review queue: one item per disputed fact") { list, decide };
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken ct)
    {
        var status = DisputeStatuses.Parse(parse.GetValue(Status));
        using var host = PipelineHost.From(parse);
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var listed = await new DisputeStore(db).ListAsync(status, ct);
        var entries = parse.GetValue(Sort) == VerdictOrder.SortWord ? [.. VerdictOrder.Apply(listed)] : listed;

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(entries.Select(ReviewJson.Of));
            return ExitCodes.Success;
        }
        var lexicon = host.Get<Lexicon>();
        foreach (var entry in entries)
        {
            Terminal.Out.Write(ToTable(entry, lexicon));
        }
        Terminal.Out.MarkupLine($"[grey]{entries.Count} disputes[/]");
        return ExitCodes.Success;
    }

    private static async Task<int> DecideAsync(ParseResult parse, CancellationToken ct)
    {
        var id = parse.GetValue(Id);
        var word = parse.GetValue(Decision);
        var decision = DisputeStatuses.ParseDecision(word)
            ?? throw new CommandException($"decision '{word}': write confirm, dismiss or correct", ExitCodes.BadUsage);
        using var host = PipelineHost.From(parse);
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var store = new DisputeStore(db);
        DisputeItem? item;
        try
        {
            item = await store.DecideAsync(id, decision, DismissReasons.Parse(parse.GetValue(Reason)), parse.GetValue(Group), parse.GetValue(Note), ct);
        }
        catch (InvalidDecisionException e)
        {
            throw new CommandException(e.Message, ExitCodes.BadUsage);
        }
        if (item is null)
        {
            throw new CommandException(string.Create(CultureInfo.InvariantCulture, $"no dispute with id {id}"));
        }

        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(await store.FindAsync(id, ct) is { } entry ? ReviewJson.Of(entry) : new { item.Id, Status = DisputeStatuses.Word(item.Status), item.Note });
            return ExitCodes.Success;
        }
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dispute {item.Id}: {DisputeStore.Describe(item)} ({item.Reason})"));
        return ExitCodes.Success;
    }

    /// <summary>One dispute: the fact and the reason as a heading, then one row per value group, the best supported first.</summary>
    private static Table ToTable(DisputeEntry entry, Lexicon lexicon)
    {
        var item = entry.Item;
        var color = Terminal.ColorOf(item.Severity);
        var fact = Markup.Escape(FactHeading.Of(lexicon.NameOf(item.Subject), item.Attribute, item.Scope, item.Modality, item.Period));
        var title = string.Create(CultureInfo.InvariantCulture,
            $"#{item.Id} [{color}]{item.Severity.ToString().ToLowerInvariant()}[/] {fact} · {DisputeStatuses.Word(item.Status)}");
        var table = new Table().Border(TableBorder.Rounded).Title(title).Caption(Markup.Escape(item.Reason))
            .AddColumn(new TableColumn("group").Width(24)).AddColumn(new TableColumn("sources").Width(96));
        for (var g = 0; g < entry.Groups.Count; g++)
        {
            var group = entry.Groups[g];
            var head = string.Create(CultureInfo.InvariantCulture,
                $"{g + 1}. [bold]{Markup.Escape(group.Value)}[/]\n{group.Sources} source{(group.Sources == 1 ? "" : "s")}{(group.Dissent ? "\n[red]dissent[/]" : "")}");
            table.AddRow(new Markup(head), new Markup(string.Join("\n", group.Claims.Select(c => Source(c.Document) + "\n" + MarkSentence(c.Claim)))));
        }
        if (item.DecidedAt is not null || item.Note is { Length: > 0 })
        {
            table.AddRow(new Markup("[grey]decision[/]"), new Markup(Markup.Escape(DisputeStore.Describe(item))));
        }
        if (item.PreviousDecision is { } previous)
        {
            table.AddRow(new Markup("[grey]before[/]"), new Markup(Markup.Escape(previous)));
        }
        return table;
    }

    private static string Source(Document document) =>
        $"[bold]{Markup.Escape(PipelinePaths.Display(document.Source))}[/] [grey]({Markup.Escape(LanguageLabel.Of(document.Language, document.Script))}, #{document.Id})[/]";

    /// <summary>The sentence with the claimed value in reverse video.</summary>
    private static string MarkSentence(ClaimRecord claim) =>
        MarkedText.Of(MarkedText.OneLine(claim.Sentence), claim.SentenceStart, [(claim.Start, claim.End)]);
}
