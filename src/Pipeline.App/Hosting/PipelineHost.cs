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
        // Every command that opens the pipeline normalizes text, be it a query or a document.
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
