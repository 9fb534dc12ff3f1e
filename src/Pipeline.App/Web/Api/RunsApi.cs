using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.App.Output;
using Pipeline.Storage;

namespace Pipeline.App.Web.Api;

/// <summary>GET /api/runs: the last ingestion runs, newest first, as `runs --json` prints them.</summary>
public static class RunsApi
{
    public const int DefaultLimit = 20;

    public static void MapRunsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/runs", async (int? limit, PipelineDbContext db, CancellationToken ct) =>
        {
            if (limit is < 1 or > 1000)
            {
                return ApiErrors.BadRequest("limit must be between 1 and 1000");
            }
            var runs = await new IngestionRunStore(db).ListAsync(limit ?? DefaultLimit, ct);
            return Results.Json(runs.Select(RunText.ToJson), JsonOutput.Options);
        });
}
