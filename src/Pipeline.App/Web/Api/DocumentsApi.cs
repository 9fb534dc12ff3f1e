using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.App.Output;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.App.Web.Api;

/// <summary>
/// GET /api/documents/{id}: the document as `show --json` prints it, its mentions, claims and review items; with ?q= the
/// matches too. A long text is sent in parts (?from=CHAR&amp;length=N, by default the first part): "textPart" says which
/// part, and where the next one starts; the mentions, claims and matches are those in the part, at the document's offsets.
/// </summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/documents/{id:int}", async (int id, string? q, int? from, int? length, PipelineDbContext db, DocumentSearcher searcher, WebOptions options, CancellationToken ct) =>
        {
            DocumentView? view;
            try
            {
                view = await DocumentView.LoadAsync(db, searcher, id, q, ct);
            }
            catch (InvalidSearchQueryException e)
            {
                return ApiErrors.BadRequest(e.Message);
            }
            if (view is null)
            {
                return ApiErrors.NotFound(string.Create(CultureInfo.InvariantCulture, $"no document with id {id}"));
            }
            var (inPart, problem) = view.InPart(from, length, options.TextPartChars);
            if (inPart is null)
            {
                return ApiErrors.BadRequest(problem!);
            }
            view = inPart;
            var part = view.Part;
            return Results.Json(new
            {
                Document = DocumentJson.Of(view.Document, view.PartText),
                // Always there, so a client reads one shape; for a short document: from 0, its whole length, next null.
                TextPart = new { part.From, part.Length, part.Total, part.Next },
                Mentions = view.Mentions.Select(DocumentJson.Mention),
                Claims = view.Claims.Select(DocumentJson.Claim),
                ReviewItems = view.Disputes.Select(d => new { d.Id, Status = DisputeStatuses.Word(d.Status), d.Reason }),
                Matches = view.Matches.Select(m => new { m.Start, m.End }),
            }, JsonOutput.Options);
        });
}
