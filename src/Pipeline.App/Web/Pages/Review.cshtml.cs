using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Claims;
using Pipeline.Extraction.Entities;
using Pipeline.Llm;
using Pipeline.Storage;

namespace Pipeline.App.Web.Pages;

/// <summary>The review queue: open disputes first, each value group with its sources; confirm, dismiss with a reason, or mark the right value.</summary>
public sealed class ReviewPageModel(PipelineDbContext db, WebOptions options, Lexicon lexicon, AttributeCatalog attributes)
    : NamingPageModel(lexicon, attributes)
{
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "entity")]
    public string? Entity { get; set; }

    [FromQuery(Name = "attribute")]
    public string? Attribute { get; set; }

    /// <summary>Only disputes with a dissenting source in this language (en, zh-Hans, zh-Hant).</summary>
    [FromQuery(Name = "lang")]
    public string? Language { get; set; }

    /// <summary>"cause": the model's verdicts order the queue (<see cref="VerdictOrder"/>); anything else: the default order.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>The item just decided, after the redirect: the page says what happened to it.</summary>
    [FromQuery(Name = "decided")]
    public long? Decided { get; set; }

    public ReviewQueueView Queue { get; private set; } = null!;

    public DisputeEntry? DecidedEntry { get; private set; }

    /// <summary>Whether the page asks for the API key with each decision (one is configured).</summary>
    public bool AsksForKey => options.ApiKey is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((DisputeStatuses.Unknown(Status) ?? LanguageFilters.Unknown("lang", Language, LanguageFilters.Labels)) is { } unknown)
        {
            return BadRequest(unknown);
        }
        Queue = await new ReviewQueueReader(db).ListAsync(DisputeStatuses.Parse(Status), Entity, Attribute, LanguageFilters.Find(Language, LanguageFilters.Labels), Sort == VerdictOrder.SortWord, ct);
        DecidedEntry = Decided is { } id ? await new DisputeStore(db).FindAsync(id, ct) : null;
        return Page();
    }

    /// <summary>Records a decision, then back to the same filters, at the item after the one decided.</summary>
    public async Task<IActionResult> OnPostAsync(long id, string? decision, string? reason, int? group, string? note, long? next, string? apiKey, CancellationToken ct)
    {
        if (!RequestAccess.IsAllowed(HttpContext, options, apiKey))
        {
            return StatusCode(StatusCodes.Status403Forbidden, RequestAccess.Refusal);
        }
        if (DisputeStatuses.ParseDecision(decision) is not { } status)
        {
            return BadRequest($"decision '{decision}': confirm, dismiss or correct");
        }
        try
        {
            if (await new DisputeStore(db).DecideAsync(id, status, DismissReasons.Parse(reason), group,
                string.IsNullOrWhiteSpace(note) ? null : note.Trim(), ct) is null)
            {
                return NotFound();
            }
        }
        catch (InvalidDecisionException e)
        {
            return BadRequest(e.Message);
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
            ["lang"] = Language,
            ["sort"] = Sort,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/review",
            query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
