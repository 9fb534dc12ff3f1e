using Microsoft.EntityFrameworkCore;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Sources.Feeds;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Sources.Feeds;

namespace Pipeline.Tests.Ingestion;

/// <summary>
/// Scheduled runs over a drop folder and the feeds of a local news site, against each real
/// database (the concrete classes). Every test starts from empty tables and an empty index.
/// </summary>
public abstract class ScheduledIngestionFacts : IAsyncLifetime, IAsyncDisposable
{
    private static readonly FetchOptions Fast = LocalFetch.Fast;

    private readonly StorageOptions _options;
    private readonly TempDirectory _files = new();
    private readonly FeedReader _feeds = new(LocalFetch.Fast);
    private readonly NewsSite _site = new();
    private DocumentIndex? _index;

    protected ScheduledIngestionFacts(StorageOptions options) => _options = options;

    public async Task InitializeAsync()
    {
        await EmptyTables.ResetAsync(_options);
        var lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);
        _index = new DocumentIndex(_files.Combine("index"), IndexAnalyzers.CreateDefault(lexicon.ProtectedTerms, concepts: lexicon.IndexedConcepts));
    }

    [Fact]
    public async Task Folder_and_feed_documents_are_stored_once_and_a_second_run_adds_nothing()
    {
        var run = CreateRun(_site.AllFeeds);

        var first = await run.RunAsync("manual");
        var second = await run.RunAsync("nightly");

        Assert.Equal((IngestionRunStatus.Succeeded, 4, 0, 0, 3), (first.Status, first.New, first.Updated, first.Unchanged, first.Failed));
        Assert.Equal((IngestionRunStatus.Succeeded, 0, 0, 4, 3), (second.Status, second.New, second.Updated, second.Unchanged, second.Failed));
        await using var db = PipelineDatabase.Open(_options);
        var sources = await db.Documents.Select(d => d.Source).OrderBy(s => s).ToListAsync();
        Assert.Equal(
            new[] { _site.Big5Url, _site.ChineseUrl, _site.EnglishUrl, _files.Combine("drop", "note.txt") }.Order(StringComparer.Ordinal),
            sources.Order(StringComparer.Ordinal));
        Assert.True(_index!.Contains((await db.Documents.SingleAsync(d => d.Source == _site.ChineseUrl)).Id));
    }

    [Fact]
    public async Task Each_failure_is_recorded_in_the_run_with_its_url_and_reason()
    {
        var finished = await CreateRun(_site.AllFeeds).RunAsync("manual");

        await using var db = PipelineDatabase.Open(_options);
        var stored = Assert.Single(await new IngestionRunStore(db).ListAsync(10));
        Assert.Equal(finished.Id, stored.Id);
        Assert.Equal("manual", stored.Trigger);
        Assert.NotNull(stored.FinishedAt);
        Assert.True(stored.FinishedAt >= stored.StartedAt);
        var errors = stored.ReadErrors().ToDictionary(e => e.Source, e => e.Reason);
        Assert.Equal(3, errors.Count);
        Assert.Equal("feed: no answer within 1 s (after 2 attempts)", errors[_site.SlowUrl]);
        Assert.StartsWith("feed is not RSS or Atom XML", errors[_site.BrokenUrl], StringComparison.Ordinal);
        Assert.StartsWith("HTTP 404", errors[_site.MissingUrl], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_item_link_fails_that_item_alone_and_the_feeds_after_it_are_read()
    {
        var result = await CreateRun([_site.BadLinksUrl, _site.AtomUrl]).RunAsync("manual");

        Assert.Equal((IngestionRunStatus.Succeeded, 3, 2), (result.Status, result.New, result.Failed));
        var errors = result.ReadErrors().ToDictionary(e => e.Source, e => e.Reason);
        Assert.Equal($"refused: {NewsSite.FileLink} is not an http or https link (item of {_site.BadLinksUrl})", errors[NewsSite.FileLink]);
        Assert.StartsWith($"refused: {NewsSite.FtpLink} is not an http or https link", errors[NewsSite.FtpLink], StringComparison.Ordinal);
        await using var db = PipelineDatabase.Open(_options);
        var sources = await db.Documents.Select(d => d.Source).ToListAsync();
        Assert.Contains(_site.EnglishUrl, sources);
        Assert.Contains(_site.ChineseUrl, sources);
    }

    [Fact]
    public async Task Missing_drop_folder_is_an_error_of_the_run_which_goes_on()
    {
        var missing = _files.Combine("nowhere");
        var run = new ScheduledIngestion(Open, Ingestion(), _feeds,
            new SourcesOptions([missing, _files.Combine("drop")], [_site.AtomUrl], Fast));
        _files.Write("drop/note.txt", NoteText);

        var result = await run.RunAsync("manual");

        Assert.Equal((2, 1), (result.New, result.Failed));
        Assert.Equal(new IngestFailure(missing, "no such folder"), Assert.Single(result.ReadErrors()));
    }

    [Fact]
    public async Task A_source_longer_than_a_database_index_entry_is_stored_and_found_again()
    {
        // Twelve folders of 240 random letters: a path of about 3 KB that does not compress, as a
        // fetched page's address with its tokens can be. PostgreSQL's btree entries hold 2.7 KB.
        var letters = new Random(12);
        string[] folders = [.. Enumerable.Range(0, 12).Select(_ => new string(letters.GetItems<char>("abcdefghijklmnopqrstuvwxyz", 240)))];
        var path = _files.Write(Path.Combine(["drop", .. folders, "long.txt"]), NoteText);
        var run = new ScheduledIngestion(Open, Ingestion(), _feeds, new SourcesOptions([_files.Combine("drop")], [], Fast));

        var first = await run.RunAsync("manual");
        var second = await run.RunAsync("nightly");

        Assert.True(path.Length > 2_900, $"the path is {path.Length} characters");
        Assert.Equal((IngestionRunStatus.Succeeded, 1, 0), (first.Status, first.New, first.Failed));
        Assert.Equal((IngestionRunStatus.Succeeded, 0, 1, 0), (second.Status, second.New, second.Unchanged, second.Failed));
        await using var db = PipelineDatabase.Open(_options);
        Assert.Equal(path, Assert.Single(await db.Documents.Select(d => d.Source).ToListAsync()));
    }

    [Fact]
    public async Task A_document_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored()
    {
        var kept = new[] { _files.Write("drop/a.txt", NoteText), _files.Write("drop/c.txt", "Cobalt prices fell in May, traders in Shanghai said.\n") };
        var refused = _files.Write("drop/b-refused.txt", "Tin output at the mine doubled, the company said.\n");
        var run = new ScheduledIngestion(Open, Ingestion(), _feeds, new SourcesOptions([_files.Combine("drop")], [], Fast));
        await RefuseSourcesAsync(true);
        try
        {
            var result = await run.RunAsync("manual");

            Assert.Equal((IngestionRunStatus.Succeeded, 2, 1), (result.Status, result.New, result.Failed));
            var error = Assert.Single(result.ReadErrors());
            Assert.Equal(refused, error.Source);
            Assert.StartsWith("the database refused it: ", error.Reason, StringComparison.Ordinal);
            Assert.Contains("no source like this", error.Reason, StringComparison.Ordinal);
            await using var db = PipelineDatabase.Open(_options);
            var stored = await db.Documents.ToListAsync();
            Assert.Equal(kept.Order(StringComparer.Ordinal), stored.Select(d => d.Source).Order(StringComparer.Ordinal));
            Assert.All(stored, d => Assert.True(_index!.Contains(d.Id)));
        }
        finally
        {
            await RefuseSourcesAsync(false);
        }
    }

    [Fact]
    public async Task A_run_is_listed_as_running_until_it_finishes_and_runs_list_newest_first()
    {
        await using var db = PipelineDatabase.Open(_options);
        var store = new IngestionRunStore(db);
        var older = await store.StartAsync("nightly");
        await store.FinishAsync(older, IngestionRunStatus.Succeeded, new IngestReport(1, 0, 0, [], 10));
        var crashed = await store.StartAsync("manual");

        var runs = await store.ListAsync(10);

        Assert.Equal([crashed.Id, older.Id], runs.Select(r => r.Id));
        Assert.Equal(IngestionRunStatus.Running, runs[0].Status);
        Assert.Null(runs[0].FinishedAt);
        Assert.Equal((IngestionRunStatus.Succeeded, 1), (runs[1].Status, runs[1].New));
        Assert.Single(await store.ListAsync(1));
    }

    [Fact]
    public async Task A_cancelled_run_is_recorded_as_failed()
    {
        using var cancel = new CancellationTokenSource();
        // A patient fetch: the slow feed holds the run until it is cancelled, however loaded the machine.
        var patient = new FetchOptions(TimeSpan.FromMinutes(1), 0, TimeSpan.Zero, AllowedHosts: LocalFetch.Loopback);
        using var patientFeeds = new FeedReader(patient);
        var running = new ScheduledIngestion(Open, Ingestion(), patientFeeds, new SourcesOptions([], [_site.SlowUrl], patient))
            .RunAsync("manual", cancel.Token);

        // Cancelled once recorded, not after a fixed time: on a busy machine a timer can fire before the run is stored.
        await Eventually.UntilAsync(async () =>
        {
            await using var probe = PipelineDatabase.Open(_options);
            return await probe.IngestionRuns.AnyAsync();
        }, "the run to be recorded");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        await using var db = PipelineDatabase.Open(_options);
        var run = Assert.Single(await new IngestionRunStore(db).ListAsync(10));
        Assert.Equal(IngestionRunStatus.Failed, run.Status);
        Assert.NotNull(run.FinishedAt);
        Assert.Equal("run", Assert.Single(run.ReadErrors()).Source);
    }

    private const string NoteText = "Nickel output in Indonesia rose again this year, the ministry said on Tuesday.\n\nSmelters plan to add more lines.\n";

    private ScheduledIngestion CreateRun(IReadOnlyList<string> feeds)
    {
        _files.Write("drop/note.txt", NoteText);
        return new ScheduledIngestion(Open, Ingestion(), _feeds,
            new SourcesOptions([_files.Combine("drop")], feeds, Fast));
    }

    /// <summary>
    /// Makes the database itself refuse documents whose source holds "refused", as it refuses a value
    /// it cannot hold (or accept them again). A trigger, on either provider.
    /// </summary>
    private async Task RefuseSourcesAsync(bool refuse)
    {
        await using var db = Open();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS refuse_source ON \"Documents\"");
            if (refuse)
            {
                await db.Database.ExecuteSqlRawAsync(
                    "CREATE OR REPLACE FUNCTION refuse_source() RETURNS trigger AS $$ BEGIN "
                    + "IF NEW.\"Source\" LIKE '%refused%' THEN RAISE EXCEPTION 'no source like this' USING ERRCODE = 'check_violation'; END IF; "
                    + "RETURN NEW; END $$ LANGUAGE plpgsql");
                await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_source BEFORE INSERT ON \"Documents\" FOR EACH ROW EXECUTE FUNCTION refuse_source()");
            }
            return;
        }
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS refuse_source");
        if (refuse)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_source BEFORE INSERT ON \"Documents\" WHEN NEW.\"Source\" LIKE '%refused%' "
                + "BEGIN SELECT RAISE(ABORT, 'no source like this'); END");
        }
    }

    private PipelineDbContext Open() => PipelineDatabase.Open(_options);

    private IngestionService Ingestion()
    {
        var lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);
        return new IngestionService(Open, _index!, DocumentAnalyzer.Create(SeedCorpus.ConfigFolder, lexicon));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _index?.Dispose();
        await _site.DisposeAsync();
        _feeds.Dispose();
        _files.Dispose();
        GC.SuppressFinalize(this);
    }
}
