using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Text;

namespace Pipeline.App.Hosting;

/// <summary>A command's container of <see cref="PipelineServices.AddPipeline"/>: disposing it closes the index and the feed reader.</summary>
public sealed class PipelineHost : IDisposable
{
    private readonly ServiceProvider _services;

    private PipelineHost(PipelinePaths paths)
    {
        Paths = paths;
        // Most commands normalize text (a query, documents, the lexicon's aliases). Started here rather
        // than when the lexicon is read, search and ingest start 0.06-0.09 s sooner; `runs`, which
        // needs none of it, spends 0.15 s of the other core.
        ScriptConverter.BuildInBackground();
        _services = new ServiceCollection().AddPipeline(paths).BuildServiceProvider();
    }

    public static PipelineHost From(ParseResult parse) => new(PipelinePaths.From(parse));

    public static PipelineHost For(PipelinePaths paths) => new(paths);

    public PipelinePaths Paths { get; }

    public IServiceProvider Services => _services;

    public PipelineData Data => Get<PipelineData>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>
    /// <typeparamref name="T"/>, once the database exists (created if missing), the two made side by
    /// side (<see cref="PipelineData.ServiceWithDatabaseAsync"/>): a malformed config file it reads is
    /// the error reported.
    /// </summary>
    public Task<T> GetWithDatabaseAsync<T>(CancellationToken ct)
        where T : notnull => PipelineData.ServiceWithDatabaseAsync(Get<T>, () => Data, ct);

    public void Dispose() => _services.Dispose();
}
