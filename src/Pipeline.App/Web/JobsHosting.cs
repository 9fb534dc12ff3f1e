using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Jobs;
using Pipeline.Llm;
using Pipeline.Sources;
using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <summary>
/// The background jobs of `pipeline serve`: a Hangfire server running the nightly ingestion,
/// its cross-check and (with a model configured) the adjudication, the recurring schedule, and the dashboard at /hangfire.
/// </summary>
public static class JobsHosting
{
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// Hangfire with the job storage the database calls for, and a server whose jobs Hangfire's own
    /// activator builds from the container (<see cref="Hosting.PipelineServices.AddPipeline"/>).
    /// </summary>
    public static IServiceCollection AddPipelineJobs(this IServiceCollection services, StorageOptions storage)
    {
        services.AddHangfire(hangfire => hangfire.UseStorage(PipelineJobStorage.Create(storage)));
        services.AddHangfireServer(PipelineJobStorage.ConfigureServer);
        return services;
    }

    /// <summary>Registers the nightly recurring job (cron from sources.yaml) and serves the dashboard to those who may change things.</summary>
    public static WebApplication MapPipelineJobs(this WebApplication app)
    {
        var llm = app.Services.GetRequiredService<LlmOptions>();
        // Built once here, so a bad config file (or an API key variable not set) stops `serve` at once rather than at the first job.
        _ = app.Services.GetRequiredService<IngestionJob>();
        _ = app.Services.GetRequiredService<CrossCheckJob>();
        if (llm.IsConfigured)
        {
            _ = app.Services.GetRequiredService<AdjudicationJob>();
        }
        NightlySchedule.Register(app.Services.GetRequiredService<IRecurringJobManager>(), app.Services.GetRequiredService<SourcesOptions>().NightlyCron, llm.IsConfigured);
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
