using System.CommandLine;
using System.Globalization;
using Pipeline.App.Cli;
using Pipeline.App.Hosting;
using Pipeline.App.Output;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Spectre.Console;

namespace Pipeline.App.Commands;

/// <summary>`pipeline search "QUERY"`: full-text search in either script, with highlighted snippets.</summary>
public static class SearchCommand
{
    private static readonly Argument<string> Query = new("query")
    {
        Description = "Lucene query syntax: words, \"phrases\", AND/OR/NOT, field:term (title, lang, script, source)",
    };

    private static readonly Option<string?> Language = new("--lang")
    {
        Description = "Only documents in this language",
    };

    private static readonly Option<string?> Entity = new("--entity")
    {
        Description = "Only documents that mention this entity (its lexicon id, e.g. mp-materials, nd, mofcom)",
    };

    private static readonly Option<int> Limit = new("--limit")
    {
        Description = "How many hits to show",
        DefaultValueFactory = _ => 10,
    };

    public static Command Create()
    {
        Language.AcceptOnlyFromAmong("zh", "en");
        Limit.Validators.Add(result =>
        {
            // "--limit abc" is no number: the parser reports that itself, and reading the value would throw.
            if (result.Tokens.Count == 1 && !int.TryParse(result.Tokens[0].Value, CultureInfo.InvariantCulture, out _))
            {
                return;
            }
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError("--limit must be between 1 and 1000");
            }
        });
        var command = new Command("search", "Search the corpus; a query in either script finds both");
        command.Arguments.Add(Query);
        command.Options.Add(Language);
        command.Options.Add(Entity);
        command.Options.Add(Limit);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = PipelineHost.From(parse);
        await host.Data.CatchUpIndexAsync(ct);
        var request = new SearchRequest(parse.GetValue(Query)!, parse.GetValue(Language), parse.GetValue(Limit), Entity: parse.GetValue(Entity));
        var results = host.Get<DocumentSearcher>().Search(request);
        var lexicon = host.Get<Lexicon>();
        if (parse.GetValue(CommonOptions.Json))
        {
            JsonOutput.Write(SearchJson.Of(request.Query, results, lexicon));
            return ExitCodes.Success;
        }

        var facets = SearchJson.Facets(results, lexicon);
        Terminal.Out.MarkupLine($"[grey]{results.TotalHits} documents match[/] [bold]{Markup.Escape(request.Query)}[/]");
        foreach (var concept in SearchedConcept.Of(request.Query, results, lexicon))
        {
            Terminal.Out.MarkupLine($"[grey]{Markup.Escape(concept.ToString())}[/]");
        }
        if (facets.Count > 0)
        {
            Terminal.Out.MarkupLine("[grey]mentioning:[/] " + Markup.Escape(string.Join(", ", facets.Take(8).Select(f => $"{f.Name} ({f.Count})"))));
        }
        foreach (var (hit, rank) in results.Hits.Select((h, i) => (h, i + 1)))
        {
            var date = hit.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
            Terminal.Out.WriteLine();
            Terminal.Out.MarkupLine($"[bold]{rank}. {Markup.Escape(hit.Heading)}[/]  [blue]{LanguageLabel.Of(hit.Language, hit.Script)}[/]  {date}  [grey]score {hit.Score:0.00}[/]");
            Terminal.Out.MarkupLine($"   [grey]#{hit.Id} {Markup.Escape(PipelinePaths.Display(hit.Source))}[/]");
            Terminal.Out.MarkupLine($"   {MarkSnippet(hit)}");
        }
        return ExitCodes.Success;
    }

    /// <summary>The snippet with its matches in reverse video, as Spectre markup.</summary>
    private static string MarkSnippet(SearchHit hit) =>
        "…" + MarkedText.Of(hit.Snippet, hit.SnippetStart, hit.Highlights.Select(h => (h.Start, h.End))) + "…";
}
