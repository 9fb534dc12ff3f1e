using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel.ChatCompletion;
using Pipeline.Claims;
using Pipeline.CrossCheck;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Jobs;
using Pipeline.Llm;
using Pipeline.Review;
using Pipeline.Sources;
using Pipeline.Sources.Feeds;
using Pipeline.Storage;

namespace Pipeline.App.Hosting;

/// <summary>
/// The composition root: every part of the pipeline over one data directory, database and config
/// folder, registered once for the commands, `serve`, the jobs, the eval harness and the tests.
/// Config files are read when a part first needs them, so a command that needs no lexicon never
/// reads it; a malformed one is a <see cref="ConfigException"/>.
/// </summary>
public static class PipelineServices
{
    /// <summary>The named HttpClient the language model is asked through (its timeout from config/llm.yaml).</summary>
    public const string LlmClient = "llm";

    public static IServiceCollection AddPipeline(this IServiceCollection services, PipelinePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var config = paths.ConfigFolder;
        services.AddSingleton(paths);
        services.AddSingleton(paths.Storage);

        services.AddSingleton(_ => Lexicon.Load(config));
        services.AddSingleton(_ => AttributeCatalog.Load(config));
        services.AddSingleton(_ => CrossCheckOptions.Load(config));
        services.AddSingleton(_ => IndexOptions.Load(config));
        services.AddSingleton(_ => SourcesOptions.Load(config));
        services.AddSingleton(_ => LlmOptions.Load(config));

        services.AddDbContextFactory<PipelineDbContext>(options => PipelineDatabase.Configure(options, paths.Storage));
        // The engine's services open a context per unit of work through this.
        services.AddSingleton<Func<PipelineDbContext>>(s => s.GetRequiredService<IDbContextFactory<PipelineDbContext>>().CreateDbContext);
        // The pages and the API take one context per request.
        services.TryAddScoped(s => s.GetRequiredService<IDbContextFactory<PipelineDbContext>>().CreateDbContext());

        // One index per process, disposed (with its analyzers) when the container is.
        services.AddSingleton(s => IndexOpening.Open(paths.IndexDirectory, s.GetRequiredService<Lexicon>(), s.GetRequiredService<IndexOptions>()));
        services.AddSingleton(s => new Lazy<DocumentIndex>(s.GetRequiredService<DocumentIndex>));
        services.AddSingleton<PipelineData>();
        services.AddTransient(s => new DocumentSearcher(s.GetRequiredService<DocumentIndex>(), new LexiconEntityNames(s.GetRequiredService<Lexicon>())));

        services.AddSingleton(s => DocumentAnalyzer.Create(config, s.GetRequiredService<Lexicon>()));
        services.AddSingleton(s => new IngestionService(
            s.GetRequiredService<Func<PipelineDbContext>>(),
            s.GetRequiredService<DocumentIndex>(),
            s.GetRequiredService<DocumentAnalyzer>(),
            s.GetRequiredService<SourcesOptions>().MaxFile));
        services.AddSingleton<CrossCheckService>();
        services.AddSingleton(s => new FeedReader(s.GetRequiredService<SourcesOptions>().Fetch));
        services.AddSingleton<ScheduledIngestion>();

        // The model's parts: resolved only when config/llm.yaml (or the environment) names a model.
        services.AddHttpClient(LlmClient, (s, http) => http.Timeout = TimeSpan.FromSeconds(s.GetRequiredService<LlmOptions>().TimeoutSeconds));
        services.AddSingleton(s => AdjudicationService.CreateChat(
            s.GetRequiredService<LlmOptions>(), s.GetRequiredService<IHttpClientFactory>().CreateClient(LlmClient)));
        services.AddSingleton<AdjudicationService>();
        services.AddSingleton<ExtractionHelpService>();

        // Hangfire's activator (Hangfire.AspNetCore's, over this container) builds the jobs from these.
        services.AddTransient<IngestionJob>();
        services.AddTransient<CrossCheckJob>();
        services.AddTransient<AdjudicationJob>();
        return services;
    }
}
