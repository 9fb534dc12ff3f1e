using Hangfire;
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
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>
/// What one machine running `pipeline serve` has, in this process: its own index folder, the
/// jobs over a shared database (the adjudication too when given a model), its own job storage and a Hangfire server running the jobs.
/// </summary>
internal sealed class JobsMachine : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly DocumentIndex _index;
    private readonly FeedReader _feeds = new(FetchOptions.Default);
    private readonly BackgroundJobServer _server;

    /// <param name="llmEndpoint">A chat-completions endpoint: the chain then ends with the adjudication (model "test-model").</param>
    public JobsMachine(StorageOptions database, IReadOnlyList<string> dropFolders, string? llmEndpoint = null)
    {
        var lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);
        _index = new DocumentIndex(_folder.Combine("index"), IndexAnalyzers.CreateDefault(lexicon.ProtectedTerms));
        PipelineDbContext Open() => PipelineDatabase.Open(database);
        var sources = new SourcesOptions(dropFolders, [], FetchOptions.Default);
        var ingestion = new ScheduledIngestion(
            Open, new IngestionService(Open, _index, DocumentAnalyzer.Create(SeedCorpus.ConfigFolder, lexicon)), _feeds, sources);
        var crossCheck = new CrossCheckService(Open, CrossCheckOptions.Load(SeedCorpus.ConfigFolder));
        AdjudicationJob? adjudication = null;
        if (llmEndpoint is not null)
        {
            var llm = LlmOptions.Default with { Endpoint = new Uri(llmEndpoint), Model = "test-model" };
            adjudication = new AdjudicationJob(new AdjudicationService(Open, AdjudicationService.CreateChat(llm, _http), llm));
        }
        Activator = new PipelineJobActivator(new IngestionJob(ingestion), new CrossCheckJob(crossCheck), adjudication);
        Storage = PipelineJobStorage.Create(database);
        _server = new BackgroundJobServer(PipelineJobStorage.ServerOptions(Activator), Storage);
    }

    public PipelineJobActivator Activator { get; }

    public JobStorage Storage { get; }

    public BackgroundJobClient Client => new(Storage);

    public void Dispose()
    {
        _server.Dispose();
        (Storage as IDisposable)?.Dispose();
        _index.Dispose();
        _feeds.Dispose();
        _http.Dispose();
        _folder.Dispose();
    }
}
