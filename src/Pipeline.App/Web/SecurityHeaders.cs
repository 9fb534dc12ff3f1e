using Microsoft.AspNetCore.Http;

namespace Pipeline.App.Web;

/// <summary>
/// The security headers, on every response: pages, the API, static files, errors, refusals and the jobs dashboard.
/// They are set as the response starts, so the error handler, which clears the headers of a failed response, cannot drop them.
/// </summary>
public static class SecurityHeaders
{
    // Pages run no script at all: ingested text that slipped through as markup still could not run.
    public const string PagePolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // Hangfire's dashboard loads its scripts as files from /hangfire (no inline script), but writes style attributes
    // (the job state cards' colours) and a data: favicon: on that path only, inline styles and data: images are allowed.
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task OnEveryResponse(HttpContext context, RequestDelegate next)
    {
        // Chosen now: inside the dashboard's branch the path no longer starts with /hangfire.
        var policy = context.Request.Path.StartsWithSegments(JobsHosting.DashboardPath) ? DashboardPolicy : PagePolicy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = policy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
