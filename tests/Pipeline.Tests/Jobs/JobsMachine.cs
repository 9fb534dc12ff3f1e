using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.App.Hosting;
using Pipeline.Llm;
using Pipeline.Jobs;
using Pipeline.Sources;
using Pipeline.Sources.Feeds;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>
/// What one machine running `pipeline serve` has, in this process: the pipeline's services
/// (<see cref="PipelineServices.AddPipeline"/>) with its own index folder over a shared database,
/// the adjudication too when given a model, its own job storage and a Hangfire server whose
/// activator builds the jobs from the container, as `serve`'s does.
/// </summary>
internal sealed class JobsMachine : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ServiceProvider _services;
    private readonly BackgroundJobServer _server;

    /// <param name="llmEndpoint">A chat-completions endpoint: the chain then ends with the adjudication (model "test-model").</param>
    public JobsMachine(StorageOptions database, IReadOnlyList<string> dropFolders, string? llmEndpoint = null)
    {
        var services = new ServiceCollection().AddPipeline(new PipelinePaths(_folder.Path, database, SeedCorpus.ConfigFolder));
        // The machine's own sources and model, in place of the config folder's.
        services.AddSingleton(new SourcesOptions(dropFolders, [], FetchOptions.Default));
        var llm = llmEndpoint is null ? LlmOptions.Default : LlmOptions.Default with { Endpoint = new Uri(llmEndpoint), Model = "test-model" };
        services.AddSingleton(llm);
        Adjudicates = llm.IsConfigured;
        _services = services.BuildServiceProvider();
        Storage = PipelineJobStorage.Create(database);
        _server = new BackgroundJobServer(PipelineJobStorage.ServerOptions(new AspNetCoreJobActivator(_services.GetRequiredService<IServiceScopeFactory>())), Storage);
    }

    /// <summary>Whether the chain ends with the adjudication: the machine was given a model.</summary>
    public bool Adjudicates { get; }

    public JobStorage Storage { get; }

    public BackgroundJobClient Client => new(Storage);

    public void Dispose()
    {
        _server.Dispose();
        (Storage as IDisposable)?.Dispose();
        _services.Dispose();
        _folder.Dispose();
    }
}
