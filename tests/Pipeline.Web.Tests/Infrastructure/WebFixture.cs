using Microsoft.Playwright;

namespace Pipeline.Web.Tests.Infrastructure;

/// <summary>
/// One data directory holding the bundled corpus, an article that quotes a script tag, and the
/// cross-check's review queue, and one ingestion run; `pipeline serve` on it (all interfaces, a free port); and
/// Debian's Chromium driven by Playwright.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string ScriptArticleMarker = "window.__pwned=1";

    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-web-tests-").FullName;
    private IPlaywright? _playwright;
    private ServeProcess? _server;

    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The server, as this machine reaches it over loopback.</summary>
    public Uri Local => new($"http://127.0.0.1:{Server.Port}");

    internal ServeProcess Server => _server ?? throw new InvalidOperationException("not started");

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var extra = Directory.CreateDirectory(Path.Combine(_root, "extra")).FullName;
        await File.WriteAllTextAsync(Path.Combine(extra, "quoted-markup.txt"),
            $"An article that quotes markup\n\nThe page carried <script>{ScriptArticleMarker}</script> in its text, next to a note on neodymium prices.\n");
        await PipelineCommand.RunAsync(DataDirectory, "ingest", Path.Combine(RepositoryRoot.Path, "corpus"), extra);
        await PipelineCommand.RunAsync(DataDirectory, "crosscheck");
        // One recorded run: config/sources.yaml's drop folder is the corpus, already stored.
        await PipelineCommand.RunAsync(DataDirectory, "ingest-now");
        _server = await ServeProcess.StartAsync(DataDirectory, "http://0.0.0.0:0");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PIPELINE_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (its own cookies) at desktop size.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    public string Url(string pathAndQuery) => new Uri(Local, pathAndQuery).ToString();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_root, recursive: true);
    }
}
