using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.App.Cli;

namespace Pipeline.App.Web;

/// <summary>The web host behind `pipeline serve`: one workspace, the pages, the API and the jobs.</summary>
public static class PipelineWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(Workspace workspace, string urls)
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
        builder.Services.AddSingleton(workspace);
        builder.Services.AddPipelineJobs(workspace);

        var app = builder.Build();
        // Errors never show a stack trace: a plain problem response instead.
        app.UseExceptionHandler(error => error.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return context.Response.WriteAsync("Something went wrong on the server; the details are in its log.");
        }));
        app.MapPipelineJobs(workspace);
        app.MapGet("/", () => Results.Text("Pipeline is running.", "text/plain"));
        return app;
    }

    /// <summary>The address the host listens on, with the real port when port 0 was asked for.</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? DefaultUrl;
}
