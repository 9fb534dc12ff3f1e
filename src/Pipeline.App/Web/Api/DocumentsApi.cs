using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.App.Cli;
using Pipeline.App.Output;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.App.Web.Api;

/// <summary>GET /api/documents/{id}: the document as `show --json` prints it, its mentions, claims and review items; with ?q= the matches too.</summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/documents/{id:int}", async (int id, string? q, PipelineDbContext db, Workspace workspace, CancellationToken ct) =>
        {
            DocumentView? view;
            try
            {
                view = await DocumentView.LoadAsync(db, workspace, id, q, ct);
            }
            catch (InvalidSearchQueryException e)
            {
                return ApiErrors.BadRequest(e.Message);
            }
            if (view is null)
            {
                return ApiErrors.NotFound(string.Create(CultureInfo.InvariantCulture, $"no document with id {id}"));
            }
            return Results.Json(new
            {
                Document = DocumentJson.Of(view.Document),
                Mentions = view.Mentions.Select(DocumentJson.Mention),
                Claims = view.Claims.Select(DocumentJson.Claim),
                ReviewItems = view.Disputes.Select(d => new { d.Id, Status = DisputeStatuses.Word(d.Status), d.Reason }),
                Matches = view.Matches.Select(m => new { m.Start, m.End }),
            }, JsonOutput.Options);
        });
}
