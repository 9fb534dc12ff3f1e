using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

/// <summary>
/// The indexing stage (<see cref="IndexingWorkers"/>): every document queued is indexed, analyzed
/// first when it came without its analysis, and a worker's failure stops the stage with its cause.
/// </summary>
public sealed class IndexingWorkersTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly DocumentIndex _index;

    public IndexingWorkersTests() => _index = new DocumentIndex(_folder.Combine("index"), IndexAnalyzers.CreateDefault());

    [Fact]
    public async Task Every_document_queued_is_indexed_and_those_without_an_analysis_are_analyzed()
    {
        var analyzed = 0;
        using (var writing = _index.OpenWriting())
        {
            using var workers = new IndexingWorkers(writing, _ => { Interlocked.Increment(ref analyzed); return DocumentAnalysis.Empty; }, workers: 3, queued: 4, CancellationToken.None);
            for (var id = 1; id <= 50; id++)
            {
                await workers.AddAsync(Report(id), id % 5 == 0 ? null : DocumentAnalysis.Empty);
            }
            await workers.CompleteAsync();
            writing.Commit(null);
        }

        Assert.Equal(10, analyzed);
        Assert.Equal(50, _index.Count);
    }

    [Fact]
    public async Task A_failing_worker_stops_the_others_and_the_one_feeding_them_with_its_cause()
    {
        using var writing = _index.OpenWriting();
        using var workers = new IndexingWorkers(writing, _ => throw new InvalidDataException("analysis broke"), workers: 2, queued: 2, CancellationToken.None);

        // Queuing goes on until the failure stops it (the queue holds two).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            for (var id = 1; id <= 1000; id++)
            {
                await workers.AddAsync(Report(id), null);
            }
        });
        await workers.StopAsync();

        Assert.IsType<InvalidDataException>(workers.Failure);
        await Assert.ThrowsAsync<InvalidDataException>(workers.CompleteAsync);
    }

    private static Document Report(int id) => new()
    {
        Id = id,
        ContentHash = $"hash-{id}",
        Source = $"report-{id}.txt",
        Language = "en",
        Text = $"Bulletin {id}: Lynas shipped NdPr oxide.",
    };

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
