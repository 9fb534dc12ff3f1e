using System.CommandLine;
using Pipeline.Claims;
using Pipeline.CrossCheck;
using Pipeline.Extraction.Entities;
using Pipeline.App.Output;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Jobs;
using Pipeline.Llm;
using Pipeline.Review;
using Pipeline.Sources;
using Pipeline.Sources.Feeds;
using Pipeline.Storage;

namespace Pipeline.App.Cli;

/// <summary>
/// Where a command's data lives: the data directory from --data, else $PIPELINE_DATA, else
/// ./data; the database from --db, else $PIPELINE_DB, else SQLite in the data directory.
/// </summary>
public sealed class Workspace : IDisposable
{
    private readonly Lazy<Lexicon> _lexicon;
    private readonly Lazy<AttributeCatalog> _attributes;
    private readonly Lazy<DocumentIndex> _index;
    private HttpClient? _llmClient;
    private FeedReader? _feedReader;
    private bool _databaseChecked;

    public Workspace(string dataDirectory, string? connectionString)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        Storage = new StorageOptions(DataDirectory, connectionString);
        ConfigFolder = Pipeline.ConfigFolder.Locate();
        _lexicon = new Lazy<Lexicon>(() => Lexicon.Load(ConfigFolder));
        _attributes = new Lazy<AttributeCatalog>(() => AttributeCatalog.Load(ConfigFolder));
        // Lexicon names stay whole in the index's words (ICU splits some, such as 特朗普).
        _index = new Lazy<DocumentIndex>(OpenIndex);
    }

    public static Workspace From(ParseResult parse) => new(
        parse.GetValue(CommonOptions.Data) ?? Environment.GetEnvironmentVariable("PIPELINE_DATA") ?? "data",
        parse.GetValue(CommonOptions.Database) ?? Environment.GetEnvironmentVariable("PIPELINE_DB"));

    public string DataDirectory { get; }

    public StorageOptions Storage { get; }

    public string ConfigFolder { get; }

    public Lexicon Lexicon => _lexicon.Value;

    /// <summary>The claim attributes of config/attributes.yaml, for their names.</summary>
    public AttributeCatalog Attributes => _attributes.Value;

    public DocumentIndex Index => _index.Value;

    public DocumentSearcher Searcher => new(Index, new LexiconEntityNames(Lexicon));

    /// <summary>
    /// Brings the index up to what the database holds (stored elsewhere, or left behind by a crash),
    /// unless another run holds its writer: that run catches up itself. No database yet: nothing to do.
    /// </summary>
    public async Task<int> CatchUpIndexAsync(CancellationToken ct)
    {
        if (PipelineDatabase.IsMissingFile(Storage))
        {
            return 0;
        }
        // `serve` calls this every few seconds: the schema is checked once.
        if (!_databaseChecked)
        {
            await EnsureDatabaseAsync(ct);
            _databaseChecked = true;
        }
        return await new IndexCatchUp(OpenDatabase, Index).TryRunAsync(ct);
    }

    /// <summary>$PIPELINE_INDEX_WAIT: seconds a run waits for another process's index writer.</summary>
    private static TimeSpan IndexWriteWait()
    {
        var text = Environment.GetEnvironmentVariable("PIPELINE_INDEX_WAIT");
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentIndex.DefaultWriteWait;
        }
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new CommandException($"PIPELINE_INDEX_WAIT must be a number of seconds, not \"{text}\"");
    }

    /// <summary>
    /// Creates the database and its tables if missing. An empty database file beside an index of
    /// documents is not taken as a new database: that would leave searches finding documents that
    /// `show` says do not exist, and the catch-up would then empty the index.
    /// </summary>
    public async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        if (PipelineDatabase.EmptyFile(Storage) is { } file && Index.Exists)
        {
            throw new CommandException($"the database {file} is empty (0 bytes), but the index beside it holds documents: restore the database from a backup, or remove it and {Index.Path} to start afresh");
        }
        await PipelineDatabase.EnsureCreatedAsync(Storage, ct);
    }

    public async Task<PipelineDbContext> OpenDatabaseAsync(CancellationToken ct)
    {
        await EnsureDatabaseAsync(ct);
        return PipelineDatabase.Open(Storage);
    }

    public async Task<IngestionService> IngestionAsync(CancellationToken ct)
    {
        SourcesOptions sources;
        try
        {
            sources = LoadSources();
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message);
        }
        await EnsureDatabaseAsync(ct);
        return CreateIngestion(sources.MaxFile);
    }

    /// <summary>
    /// The cross-check over this workspace's database (created if missing), with config/crosscheck.yaml's
    /// tolerances; a malformed file is a command error.
    /// </summary>
    public async Task<CrossCheckService> CrossCheckAsync(CancellationToken ct)
    {
        CrossCheckOptions options;
        try
        {
            options = CrossCheckOptions.Load(ConfigFolder);
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message);
        }
        await EnsureDatabaseAsync(ct);
        return new CrossCheckService(OpenDatabase, options);
    }

    private DocumentIndex OpenIndex()
    {
        var segmenter = LoadIndexOptions().ChineseSegmenter;
        var path = Path.Combine(DataDirectory, "index");
        var wait = IndexWriteWait();
        // The database holds every document: a damaged index is set aside and filled again by the catch-up.
        if (DamagedIndex.SetAsideIfDamaged(path, wait) is { } aside)
        {
            Terminal.Fail($"the index at {path} could not be read ({aside.Reason}); set aside as {aside.Path}, rebuilding it from the database");
        }
        var index = new DocumentIndex(path, IndexAnalyzers.CreateDefault(Lexicon.ProtectedTerms, segmenter))
        {
            WriteWait = wait,
        };
        // Words split one way are not found by queries split another: say so once, and how to mend it.
        if (index.BuiltWith is { } built && built != segmenter)
        {
            Console.Error.WriteLine($"pipeline: the index was built with chinese_analyzer {Name(built)}, config/index.yaml asks for {Name(segmenter)}: `pipeline reindex` rebuilds it");
        }
        return index;

        static string Name(ChineseSegmenter s) => s == ChineseSegmenter.SmartCn ? "smartcn" : "icu";
    }

    /// <summary>How the index analyzes text (config/index.yaml); a malformed file is a command error.</summary>
    private IndexOptions LoadIndexOptions()
    {
        try
        {
            return IndexOptions.Load(ConfigFolder);
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message);
        }
    }

    /// <summary>The language model of config/llm.yaml and the environment; a malformed file is a command error.</summary>
    public LlmOptions LoadLlm()
    {
        try
        {
            return LlmOptions.Load(ConfigFolder);
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message);
        }
    }

    /// <summary>Adjudication over this workspace's database (created if missing) with the model of <paramref name="options"/>.</summary>
    public async Task<AdjudicationService> AdjudicationAsync(LlmOptions options, HttpClient http, CancellationToken ct) =>
        new(OpenDatabase, await ChatAsync(options, http, ct), options);

    /// <summary>Extraction help over this workspace's database (created if missing) with the model of <paramref name="options"/>.</summary>
    public async Task<ExtractionHelpService> ExtractionHelpAsync(LlmOptions options, HttpClient http, CancellationToken ct) =>
        new(OpenDatabase, await ChatAsync(options, http, ct), options, Attributes, Lexicon);

    private async Task<Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService> ChatAsync(LlmOptions options, HttpClient http, CancellationToken ct)
    {
        Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService chat;
        try
        {
            chat = AdjudicationService.CreateChat(options, http);
        }
        catch (InvalidDataException e)
        {
            throw new CommandException(e.Message);
        }
        await EnsureDatabaseAsync(ct);
        return chat;
    }

    /// <summary>The sources, schedule and fetch settings of config/sources.yaml.</summary>
    public SourcesOptions LoadSources() => SourcesOptions.Load(ConfigFolder);

    /// <summary>
    /// The Hangfire jobs over this workspace: the run over <paramref name="sources"/> (feeds fetched
    /// as its fetch settings say), the cross-check and, when config/llm.yaml names a model, the
    /// adjudication. The database must exist already.
    /// </summary>
    /// <exception cref="InvalidDataException">A malformed config file, or an API key variable that is not set.</exception>
    public PipelineJobActivator CreateJobActivator(SourcesOptions sources)
    {
        _feedReader ??= new FeedReader(sources.Fetch);
        var ingestion = new ScheduledIngestion(OpenDatabase, CreateIngestion(sources.MaxFile), _feedReader, sources);
        var crossCheck = new CrossCheckService(OpenDatabase, CrossCheckOptions.Load(ConfigFolder));
        var llm = LlmOptions.Load(ConfigFolder);
        AdjudicationJob? adjudication = null;
        if (llm.IsConfigured)
        {
            _llmClient ??= new HttpClient { Timeout = TimeSpan.FromSeconds(llm.TimeoutSeconds) };
            adjudication = new AdjudicationJob(new AdjudicationService(OpenDatabase, AdjudicationService.CreateChat(llm, _llmClient), llm));
        }
        return new PipelineJobActivator(new IngestionJob(ingestion), new CrossCheckJob(crossCheck), adjudication);
    }

    /// <summary>How a stored path is shown: relative to the current directory when it lies below it.</summary>
    public static string DisplayPath(string source)
    {
        if (!Path.IsPathFullyQualified(source))
        {
            return source;
        }
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, source);
        return relative.StartsWith("..", StringComparison.Ordinal) ? source : relative;
    }

    private PipelineDbContext OpenDatabase() => PipelineDatabase.Open(Storage);

    private IngestionService CreateIngestion(FileSizeLimit maxFile) => new(OpenDatabase, Index, DocumentAnalyzer.Create(ConfigFolder, Lexicon), maxFile);

    public void Dispose()
    {
        _llmClient?.Dispose();
        _feedReader?.Dispose();
        if (_index.IsValueCreated)
        {
            _index.Value.Dispose();
        }
    }
}
