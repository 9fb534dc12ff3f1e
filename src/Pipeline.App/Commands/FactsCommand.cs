using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.CrossCheck;
using Pipeline.Extraction.Entities;
using Pipeline.Review;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.App.Commands;

/// <summary>
/// `pipeline facts [--disputed]`: every fact that two sources state or that sources dispute, with
/// its claims gathered by value. Computed now from the stored claims; the review queue is left as it is.
/// </summary>
public static class FactsCommand
{
    private static readonly Option<bool> Disputed = new("--disputed")
    {
        Description = "Only facts whose sources disagree",
    };

    public static Command Create()
    {
        var command = new Command("facts", "List the facts the sources state: disputed ones first, then the ones several sources agree on");
        command.Options.Add(Disputed);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        var result = await (await host.GetWithDatabaseAsync<CrossCheckService>(ct)).CheckAsync(ct);
        var facts = result.Facts
            .Where(f => f.IsDisputed || !parse.GetValue(Disputed))
            .OrderByDescending(f => f.IsDisputed)
            .ThenByDescending(f => f.IsDisputed ? f.Severity : ConflictSeverity.Low)
            .ThenByDescending(f => f.Sources)
            .ThenBy(f => f.Identity, StringComparer.Ordinal)
            .ToList();
        await using var db = await host.Data.OpenDatabaseAsync(ct);
        var stored = await new ExtractionStore(db).ClaimsWithDocumentsAsync(facts.SelectMany(f => f.Groups).SelectMany(g => g.Claims).Select(c => c.Id), ct);

        if (parse.GetValue(CommonOptions.Json))
        {
            var verdicts = await new DisputeStore(db).WithVerdictByFactAsync(ct);
            JsonOutput.Write(facts.Select(f => FactJson.Of(f, stored, verdicts)));
            return ExitCodes.Success;
        }
        var lexicon = host.Get<Lexicon>();
        foreach (var fact in facts)
        {
            Write(fact, stored, lexicon);
        }
        var disputed = facts.Count(f => f.IsDisputed);
        Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{facts.Count} facts: {disputed} disputed, {facts.Count - disputed} corroborated[/]"));
        return ExitCodes.Success;
    }

    /// <summary>The fact as a heading, then each value group with its sources and sentences.</summary>
    private static void Write(StatedFact fact, IReadOnlyDictionary<long, (ClaimRecord Claim, Document Document)> stored, Lexicon lexicon)
    {
        var (word, color) = fact.IsDisputed
            ? ($"disputed, {fact.Severity.ToString().ToLowerInvariant()}", Terminal.ColorOf(fact.Severity))
            : ("corroborated", "green");
        var heading = Markup.Escape(FactHeading.Of(lexicon.NameOf(fact.Key.Subject), fact.Key.Attribute, fact.Key.Scope,
            fact.Key.Modality.ToString().ToLowerInvariant(), fact.Period));
        Terminal.Out.MarkupLine($"[bold]{heading}[/]  [{color}]{word}[/]");
        if (fact.IsDisputed)
        {
            Terminal.Out.MarkupLine($"  {Markup.Escape(fact.Reason)}");
        }
        for (var g = 0; g < fact.Groups.Count; g++)
        {
            var group = fact.Groups[g];
            var languages = group.Claims.Where(c => stored.ContainsKey(c.Id))
                .Select(c => LanguageLabel.Of(stored[c.Id].Document.Language, stored[c.Id].Document.Script)).Distinct().Order(StringComparer.Ordinal);
            var dissent = fact.Dissents.Contains(g) ? "  [red]dissent[/]" : "";
            Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"  [bold]{Markup.Escape(group.Value)}[/]  {group.Sources} source{(group.Sources == 1 ? "" : "s")} ({Markup.Escape(string.Join(", ", languages))}){dissent}"));
            foreach (var claim in group.Claims.Where(c => stored.ContainsKey(c.Id)))
            {
                var (record, document) = stored[claim.Id];
                Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"    [grey]{Markup.Escape(PipelinePaths.Display(document.Source))} #{document.Id}[/]  {MarkedText.Of(MarkedText.OneLine(record.Sentence), record.SentenceStart, [(record.Start, record.End)])}"));
            }
        }
        Terminal.Out.WriteLine();
    }
}
