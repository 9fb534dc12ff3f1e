using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.App.Cli;
using Pipeline.Jobs;
using Pipeline.Sources;

namespace Pipeline.App.Web;

/// <summary>
/// The background jobs of `pipeline serve`: a Hangfire server running the nightly ingestion,
/// its cross-check and (with a model configured) the adjudication, the recurring schedule, and the dashboard at /hangfire.
/// </summary>
public static class JobsHosting
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire with the job storage the workspace's database calls for, and a server with the pipeline's jobs.</summary>
    public static IServiceCollection AddPipelineJobs(this IServiceCollection services, Workspace workspace)
    {
        // Read here, once, so a bad sources.yaml stops `serve` at once rather than at the first job.
        var sources = workspace.LoadSources();
        var activator = workspace.CreateJobActivator(sources);
        services.AddSingleton(sources);
        services.AddSingleton(activator);
        services.AddHangfire(hangfire => hangfire.UseStorage(PipelineJobStorage.Create(workspace.Storage)));
        services.AddHangfireServer(options => PipelineJobStorage.ConfigureServer(options, activator));
        return services;
    }

    /// <summary>Registers the nightly recurring job (cron from sources.yaml) and serves the dashboard to those who may change things.</summary>
    public static WebApplication MapPipelineJobs(this WebApplication app)
    {
        NightlySchedule.Register(app.Services.GetRequiredService<IRecurringJobManager>(), app.Services.GetRequiredService<SourcesOptions>().NightlyCron,
            app.Services.GetRequiredService<PipelineJobActivator>().Adjudicates);
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            // The dashboard can trigger and delete jobs: the same rule as every other change.
            Authorization = [new DashboardAccess(app.Services.GetRequiredService<WebOptions>())],
            DisplayStorageConnectionString = false,
        });
        return app;
    }

    /// <summary>Lets in whom <see cref="RequestAccess"/> lets change things: this machine, or the API key when one is set.</summary>
    private sealed class DashboardAccess(WebOptions options) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => RequestAccess.IsAllowed(context.GetHttpContext(), options);
    }
}
