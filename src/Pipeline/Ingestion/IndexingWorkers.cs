using System.Threading.Channels;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.Ingestion;

/// <summary>
/// Indexes stored documents on a worker per core. Each worker takes the next document as soon as it
/// is free, so one that is writing out a segment (a second or so) holds up neither the other
/// workers nor the stages that feed them; no batch waits for its slowest document.
/// </summary>
/// <remarks>A worker that fails stops the others, and the one feeding them (<see cref="AddAsync"/> throws).</remarks>
internal sealed class IndexingWorkers : IDisposable
{
    private readonly Channel<(Document Document, DocumentAnalysis? Analysis)> _queue;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _workers;

    /// <param name="analyze">For a document queued without its analysis (stored before, its index entry lost or stale).</param>
    /// <param name="queued">How many documents may wait, analyses and all, before <see cref="AddAsync"/> waits too.</param>
    public IndexingWorkers(IndexWriting writing, Func<Document, DocumentAnalysis> analyze, int workers, int queued, CancellationToken ct)
    {
        _queue = Channel.CreateBounded<(Document, DocumentAnalysis?)>(new BoundedChannelOptions(queued) { SingleWriter = true });
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(writing, analyze), CancellationToken.None))];
    }

    /// <summary>Queues a stored document; waits while the queue is full.</summary>
    public ValueTask AddAsync(Document document, DocumentAnalysis? analysis) => _queue.Writer.WriteAsync((document, analysis), _stop.Token);

    /// <summary>Waits until every queued document is indexed; throws what stopped a worker.</summary>
    public async Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers);
    }

    /// <summary>Stops the workers once the document in hand is indexed, and waits for them; what is still queued is left.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers.Select(w => Task.WhenAny(w)));
    }

    /// <summary>What made a worker fail, if one did (the others were then cancelled).</summary>
    public Exception? Failure => _workers.FirstOrDefault(w => w.IsFaulted)?.Exception?.InnerException;

    public void Dispose() => _stop.Dispose();

    private async Task WorkAsync(IndexWriting writing, Func<Document, DocumentAnalysis> analyze)
    {
        try
        {
            await foreach (var (document, analysis) in _queue.Reader.ReadAllAsync(_stop.Token))
            {
                writing.Upsert(IngestionService.ToIndexed(document, analysis ?? analyze(document)));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await _stop.CancelAsync();
            throw;
        }
    }
}
