using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.App.Output;
using Pipeline.Llm;
using Pipeline.Storage;

namespace Pipeline.App.Web.Api;

/// <summary>GET /api/review (counts and disputes, as `review list --json` prints them) and POST /api/review/{id}/decision.</summary>
public static class ReviewApi
{
    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/review", async (string? status, string? entity, string? attribute, string? lang, string? sort, PipelineDbContext db, CancellationToken ct) =>
        {
            if ((DisputeStatuses.Unknown(status) ?? LanguageFilters.Unknown("lang", lang, LanguageFilters.Labels)) is { } unknown)
            {
                return ApiErrors.BadRequest(unknown);
            }
            if (sort is not null && !ReviewSorts.Words.Contains(sort))
            {
                return ApiErrors.BadRequest($"sort '{sort}': write {string.Join(" or ", ReviewSorts.Words)}");
            }
            var view = await new ReviewQueueReader(db).ListAsync(DisputeStatuses.Parse(status), entity, attribute, LanguageFilters.Find(lang, LanguageFilters.Labels), sort == VerdictOrder.SortWord, ct);
            return Results.Json(new
            {
                Counts = view.Counts.ToDictionary(c => DisputeStatuses.Word(c.Key), c => c.Value),
                Items = view.Entries.Select(ReviewJson.Of),
            }, JsonOutput.Options);
        });

        app.MapPost("/api/review/{id:long}/decision", async (long id, DecisionRequest body, HttpContext context, WebOptions options, PipelineDbContext db, CancellationToken ct) =>
        {
            if (!RequestAccess.IsAllowed(context, options))
            {
                return RequestAccess.Refuse();
            }
            if (DisputeStatuses.ParseDecision(body.Decision) is not { } decision)
            {
                return ApiErrors.BadRequest($"decision '{body.Decision}': write confirm, dismiss or correct");
            }
            if (body.Reason is not null && DismissReasons.Parse(body.Reason) is null)
            {
                return ApiErrors.BadRequest($"reason '{body.Reason}': write one of {string.Join(", ", DismissReasons.Words)}");
            }
            var store = new DisputeStore(db);
            try
            {
                if (await store.DecideAsync(id, decision, DismissReasons.Parse(body.Reason), body.Group, body.Note, ct) is null
                    || await store.FindAsync(id, ct) is not { } entry)
                {
                    return ApiErrors.NotFound(string.Create(CultureInfo.InvariantCulture, $"no dispute with id {id}"));
                }
                return Results.Json(ReviewJson.Of(entry), JsonOutput.Options);
            }
            catch (InvalidDecisionException e)
            {
                return ApiErrors.BadRequest(e.Message);
            }
        });
    }
}
