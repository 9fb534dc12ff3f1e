using System.Diagnostics.CodeAnalysis;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

/// <summary>The repository's corpus, ingested once into a fresh data directory for a test class.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes class fixtures through DisposeAsync")]
public sealed class CorpusFixture : IAsyncLifetime
{
    private readonly IngestionHarness _pipeline = new();

    internal IngestionHarness Pipeline => _pipeline;

    public static string Folder => SeedCorpus.Folder;

    /// <summary>The stored id of the corpus file whose name starts with <paramref name="prefix"/>.</summary>
    public int IdOf(string prefix) => _ids.Single(p => Path.GetFileName(p.Key).StartsWith(prefix, StringComparison.Ordinal)).Value;

    private Dictionary<string, int> _ids = [];

    public async Task InitializeAsync()
    {
        var report = await _pipeline.IngestAsync(Folder);
        if (report.Failed > 0)
        {
            throw new InvalidOperationException("corpus failed to ingest: " + string.Join("; ", report.Failures));
        }
        _ids = new Dictionary<string, int>();
        for (var id = 1; id <= report.New; id++)
        {
            var document = await _pipeline.DocumentAsync(id);
            _ids[document.Source] = id;
        }
    }

    public Task DisposeAsync()
    {
        _pipeline.Dispose();
        return Task.CompletedTask;
    }
}
