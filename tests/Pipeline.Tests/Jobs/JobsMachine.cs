using Hangfire;
using Pipeline.CrossCheck;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Jobs;
using Pipeline.Sources;
using Pipeline.Sources.Feeds;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>
/// What one machine running `pipeline serve` has, in this process: its own index folder, the two
/// jobs over a shared database, its own job storage and a Hangfire server running the jobs.
/// </summary>
internal sealed class JobsMachine : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly DocumentIndex _index;
    private readonly BackgroundJobServer _server;

    public JobsMachine(StorageOptions database, IReadOnlyList<string> dropFolders)
    {
        var lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);
        _index = new DocumentIndex(_folder.Combine("index"), IndexAnalyzers.CreateDefault(lexicon.ProtectedTerms));
        PipelineDbContext Open() => PipelineDatabase.Open(database);
        var sources = new SourcesOptions(dropFolders, [], FetchOptions.Default);
        var ingestion = new ScheduledIngestion(
            Open, new IngestionService(Open, _index, DocumentAnalyzer.Create(SeedCorpus.ConfigFolder, lexicon)), new FeedReader(_http, sources.Fetch), sources);
        var crossCheck = new CrossCheckService(Open, CrossCheckOptions.Load(SeedCorpus.ConfigFolder));
        Storage = PipelineJobStorage.Create(database);
        _server = new BackgroundJobServer(
            PipelineJobStorage.ServerOptions(new PipelineJobActivator(new IngestionJob(ingestion), new CrossCheckJob(crossCheck))), Storage);
    }

    public JobStorage Storage { get; }

    public BackgroundJobClient Client => new(Storage);

    public void Dispose()
    {
        _server.Dispose();
        (Storage as IDisposable)?.Dispose();
        _index.Dispose();
        _http.Dispose();
        _folder.Dispose();
    }
}
