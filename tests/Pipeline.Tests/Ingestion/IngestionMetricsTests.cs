using Pipeline.Ingestion;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

/// <summary>The measurements are process-wide: no other test ingests while these count them.</summary>
[CollectionDefinition(nameof(IngestionMetricsTests), DisableParallelization = true)]
public sealed class IngestionMetricsRunAlone;

[Collection(nameof(IngestionMetricsTests))]
public sealed class IngestionMetricsTests : IDisposable
{
    private readonly IngestionHarness _pipeline = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task Storing_each_batch_is_timed_once()
    {
        const int files = 2 * IngestionService.BatchSize + 50;
        for (var i = 0; i < files; i++)
        {
            File.WriteAllText(_input.Combine($"report-{i:D4}.txt"), $"Report {i}: Lynas shipped {i + 10} tonnes of NdPr oxide from Kalgoorlie.");
        }
        var stores = new List<double>();
        using var listener = IngestionMetrics.ListenToStoreDurations(stores.Add);

        var report = await _pipeline.IngestAsync(_input.Path);

        Assert.Equal(files, report.New);
        Assert.Equal(3, stores.Count);
        Assert.All(stores, seconds => Assert.InRange(seconds, double.Epsilon, 60));
    }

    public void Dispose()
    {
        _pipeline.Dispose();
        _input.Dispose();
    }
}
