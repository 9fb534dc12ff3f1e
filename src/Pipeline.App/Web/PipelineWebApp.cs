using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;
using Pipeline.App.Hosting;
using Pipeline.App.Web.Api;

namespace Pipeline.App.Web;

/// <summary>The web host behind `pipeline serve`: the pipeline's services (<see cref="PipelineServices.AddPipeline"/>), the pages, the API and the jobs.</summary>
public static class PipelineWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>The host over <paramref name="paths"/>, its database created if missing (Hangfire's PostgreSQL storage adds its schema to it).</summary>
    public static async Task<WebApplication> BuildAsync(PipelinePaths paths, string urls, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Static files and views are found beside the executable, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(urls);
        // The console belongs to the user: warnings and errors only.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Keys sign anti-forgery tokens only; unencrypted at rest in the data directory is fine for that.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // A server that cannot start is reported in one line by `serve`, not with the host's stack trace;
        // once started, the host's errors (a background service that fails) are logged as usual.
        var started = new StrongBox<bool>();
        builder.Logging.AddFilter(HostCategory, level => started.Value && level >= LogLevel.Warning);
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")));
        // Chinese text stays readable in the page source instead of becoming &#x...; references; still HTML-encoded.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddPipeline(paths);
        builder.Services.AddPipelineJobs(paths.Storage);
        builder.Services.AddHostedService<IndexCatchUpTimer>();
        var options = WebOptions.Load(paths.ConfigFolder);
        builder.Services.AddSingleton(options);
        // Only the Host names this server is reached by: DNS rebinding cannot lend a foreign page the local-only rule.
        builder.Services.Configure<HostFilteringOptions>(hosts =>
        {
            hosts.AllowedHosts = [.. ServedHosts.Of(urls, options.AllowedHosts ?? [])];
            hosts.IncludeFailureMessage = false;
        });
        // First of all, so that even the host filter's refusals carry the headers and a line of text.
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, ResponseFront>());
        // Binding failures throw, so the exception handler can answer them with a line that names the parameter.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Web/Pages");

        var app = builder.Build();
        await app.Services.GetRequiredService<PipelineData>().EnsureDatabaseAsync(ct);
        app.Lifetime.ApplicationStarted.Register(() => started.Value = true);
        // Errors never show a stack trace: a plain problem response instead.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                // A parameter that does not bind (page=abc, from=abc) is the client's mistake: say which.
                if (context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad)
                {
                    return ApiErrors.BadRequest(BadParameter.Describe(bad.Message)).ExecuteAsync(context);
                }
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync("Something went wrong on the server; the details are in its log.");
            },
            // The client's mistakes are answered, not logged as the server's errors.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStaticFiles();
        app.MapRazorPages();
        app.MapSearchApi();
        app.MapDocumentsApi();
        app.MapReviewApi();
        app.MapRunsApi();
        app.MapPipelineJobs();
        return app;
    }

    /// <summary>The address the host listens on, with the real port when port 0 was asked for.</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? DefaultUrl;
}
