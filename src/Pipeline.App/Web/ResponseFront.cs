using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Pipeline.App.Web;

/// <summary>
/// The first middleware of all, ahead of the host's own host filtering (which the host puts before the app's
/// pipeline): the security headers, and a line of text for every answer that has no body, a refused Host included.
/// </summary>
internal sealed class ResponseFront(IOptions<HostFilteringOptions> hostFiltering) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(SecurityHeaders.OnEveryResponse);
        app.UseStatusCodePages(status =>
        {
            var response = status.HttpContext.Response;
            response.ContentType = "text/plain; charset=utf-8";
            return response.WriteAsync(IsRefusedHost(status.HttpContext.Request)
                ? ServedHosts.Refusal
                : $"{response.StatusCode}: there is nothing at this address.");
        });
        next(app);
    };

    // The host filter answers 400 with no body and says nothing else; the same test tells its refusals apart.
    private bool IsRefusedHost(HttpRequest request) =>
        request.HttpContext.Response.StatusCode == StatusCodes.Status400BadRequest
        && request.Host.HasValue
        && !HostString.MatchesAny(new StringSegment(request.Host.Host), [.. hostFiltering.Value.AllowedHosts.Select(h => new StringSegment(h))]);
}
