using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.App.Output;
using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.App.Web.Api;

/// <summary>GET /api/search: the hits, total and entity facets, as `search --json` prints them.</summary>
public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/search", ([AsParameters] SearchForm form, DocumentSearcher searcher, Lexicon lexicon) =>
        {
            if (!form.HasQuery)
            {
                return ApiErrors.BadRequest("q: write a query, e.g. /api/search?q=稀土");
            }
            if ((form.FilterProblem ?? form.PageProblem) is { } problem)
            {
                return ApiErrors.BadRequest(problem);
            }
            try
            {
                var request = form.ToRequest();
                return Results.Json(SearchJson.Of(request.Query, searcher.Search(request), lexicon), JsonOutput.Options);
            }
            catch (InvalidSearchQueryException e)
            {
                return ApiErrors.BadRequest(e.Message);
            }
            catch (IndexNotFoundException e)
            {
                return ApiErrors.NotFound(e.Message);
            }
        });
}
