using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.App.Output;
using Pipeline.Claims;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.App.Web.Pages;

/// <summary>One document as written, with its matches, mentions and claims marked, its claims listed and its review items linked.</summary>
public sealed class DocumentPageModel(PipelineDbContext db, DocumentSearcher searcher, WebOptions options, Lexicon lexicon, AttributeCatalog attributes)
    : NamingPageModel(lexicon, attributes)
{
    public DocumentView View { get; private set; } = null!;

    public string? Query { get; private set; }

    /// <summary>Why the search matches cannot be marked: the query is malformed.</summary>
    public string? Problem { get; private set; }

    public string LanguageTag => LanguageLabel.Of(View.Document.Language, View.Document.Script);

    /// <summary>The length asked for (?length=), kept in the links to the other parts.</summary>
    public int? PartLength { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? q, int? from, int? length, CancellationToken ct)
    {
        if ((UnreadNumber(nameof(from)) ?? UnreadNumber(nameof(length))) is { } unread)
        {
            // Binding leaves a number it cannot read null, which would show the default part instead.
            return BadRequest(unread);
        }
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        DocumentView? view;
        try
        {
            view = await DocumentView.LoadAsync(db, searcher, id, Query, ct);
        }
        catch (InvalidSearchQueryException e)
        {
            Problem = e.Message;
            view = await DocumentView.LoadAsync(db, searcher, id, null, ct);
        }
        if (view is null)
        {
            return NotFound();
        }
        var (inPart, problem) = view.InPart(from, length, options.TextPartChars);
        if (inPart is null)
        {
            return BadRequest(problem!);
        }
        PartLength = length;
        View = inPart;
        return Page();
    }

    /// <summary>What is wrong with a number in the address (?length=abc), in the API's words; null if it was read or not given.</summary>
    private string? UnreadNumber(string name) =>
        ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? Api.BadParameter.NotA("int", name, entry.AttemptedValue) : null;

    /// <summary>Where the part before this one starts, or null at the start of the text.</summary>
    public int? PreviousPart => View.Part.Previous(PartLength ?? options.TextPartChars);

    /// <summary>A character count as the page writes it: 200,000.</summary>
    public static string Count(int characters) => characters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>This page at another part of the text, with the same query and part length.</summary>
    public string PartLink(int from)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["from"] = from.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["length"] = PartLength?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            $"/documents/{View.Document.Id}", query.Where(q => q.Value is not null));
    }

    public IReadOnlyList<LabelledSpan> Marks =>
        [.. DocumentMarks.Of(View.Matches, View.Mentions, View.Claims)];

    /// <summary>The labels present in this document, for the legend: matches and claims first, then mention kinds.</summary>
    public IReadOnlyList<string> Legend =>
        [.. Marks.Select(m => m.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(l => l == DocumentMarks.Match ? 0 : l == DocumentMarks.Claim ? 1 : 2).ThenBy(l => l, StringComparer.Ordinal)];
}
