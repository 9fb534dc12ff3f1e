using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.App.Cli;
using Pipeline.App.Output;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.App.Web.Pages;

/// <summary>One document as written, with its matches, mentions and claims marked, its claims listed and its review items linked.</summary>
public sealed class DocumentPageModel(Workspace workspace, PipelineDbContext db) : NamingPageModel(workspace)
{
    public DocumentView View { get; private set; } = null!;

    public string? Query { get; private set; }

    /// <summary>Why the search matches cannot be marked: the query is malformed.</summary>
    public string? Problem { get; private set; }

    public string LanguageTag => LanguageLabel.Of(View.Document.Language, View.Document.Script);

    public async Task<IActionResult> OnGetAsync(int id, string? q, CancellationToken ct)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        DocumentView? view;
        try
        {
            view = await DocumentView.LoadAsync(db, Workspace, id, Query, ct);
        }
        catch (InvalidSearchQueryException e)
        {
            Problem = e.Message;
            view = await DocumentView.LoadAsync(db, Workspace, id, null, ct);
        }
        if (view is null)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }

    public IReadOnlyList<LabelledSpan> Marks =>
        [.. DocumentMarks.Of(View.Matches, View.Mentions, View.Claims)];

    /// <summary>The labels present in this document, for the legend: matches and claims first, then mention kinds.</summary>
    public IReadOnlyList<string> Legend =>
        [.. Marks.Select(m => m.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(l => l == DocumentMarks.Match ? 0 : l == DocumentMarks.Claim ? 1 : 2).ThenBy(l => l, StringComparer.Ordinal)];
}
