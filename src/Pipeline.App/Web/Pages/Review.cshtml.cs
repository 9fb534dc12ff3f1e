using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.App.Cli;
using Pipeline.Storage;

namespace Pipeline.App.Web.Pages;

/// <summary>The review queue: open items first, both claims side by side, confirm or dismiss with a note.</summary>
public sealed class ReviewPageModel(Workspace workspace, PipelineDbContext db, WebOptions options) : NamingPageModel(workspace)
{
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "entity")]
    public string? Entity { get; set; }

    [FromQuery(Name = "attribute")]
    public string? Attribute { get; set; }

    /// <summary>The item just decided, after the redirect: the page says what happened to it.</summary>
    [FromQuery(Name = "decided")]
    public long? Decided { get; set; }

    public ReviewQueueView Queue { get; private set; } = null!;

    public ReviewEntry? DecidedEntry { get; private set; }

    /// <summary>Whether the page asks for the API key with each decision (one is configured).</summary>
    public bool AsksForKey => options.ApiKey is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await new ReviewQueueReader(db).ListAsync(ReviewQueueReader.ParseStatus(Status), Entity, Attribute, ct);
        DecidedEntry = Decided is { } id ? await new ReviewStore(db).FindAsync(id, ct) : null;
    }

    /// <summary>Records a decision, then back to the same filters, at the item after the one decided.</summary>
    public async Task<IActionResult> OnPostAsync(long id, string? decision, string? note, long? next, string? apiKey, CancellationToken ct)
    {
        if (!RequestAccess.IsAllowed(HttpContext, options, apiKey))
        {
            return StatusCode(StatusCodes.Status403Forbidden, RequestAccess.Refusal);
        }
        if (ReviewQueueReader.ParseDecision(decision) is not { } status)
        {
            return BadRequest($"decision '{decision}': confirm or dismiss");
        }
        if (await new ReviewStore(db).DecideAsync(id, status, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), ct) is null)
        {
            return NotFound();
        }
        var decided = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Link(), "decided", id.ToString(CultureInfo.InvariantCulture));
        return Redirect(string.Create(CultureInfo.InvariantCulture, $"{Request.PathBase}{decided}#item-{next ?? id}"));
    }


    /// <summary>The review page's address with one filter changed, the others kept.</summary>
    public string Link(string? status = "", string? entity = "", string? attribute = "")
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = status == "" ? Status : status,
            ["entity"] = entity == "" ? Entity : entity,
            ["attribute"] = attribute == "" ? Attribute : attribute,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/review",
            query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
