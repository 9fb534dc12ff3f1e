using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Index;

/// <summary>
/// One run's hold on the index's writer, from <see cref="DocumentIndex.OpenWriting"/>. Changes become
/// durable and visible only at <see cref="Commit"/>, together with the watermark they bring the index
/// to; disposing drops whatever was not committed and releases the writer for the next process.
/// </summary>
public sealed class IndexWriting : IDisposable
{
    private readonly IndexWriter _writer;
    private readonly Action _committed;
    private readonly Action _released;
    private readonly ChineseSegmenter _segmenter;
    private readonly string? _conceptFingerprint;
    private string _segmentedWith;
    private string? _conceptsMarked;
    private int _pending;
    private bool _disposed;

    internal IndexWriting(IndexWriter writer, ChineseSegmenter segmenter, string? conceptFingerprint, Action committed, Action released)
    {
        _writer = writer;
        _segmenter = segmenter;
        _conceptFingerprint = conceptFingerprint;
        // An index says its concepts are marked only if every document it holds was marked alike:
        // one that starts empty is; one that did not say so stays unsaid until a rebuild.
        _conceptsMarked = writer.NumDocs == 0 ? conceptFingerprint : writer.CommitData.TryGetValue(DocumentIndex.ConceptsKey, out var marked) ? marked : null;
        // Likewise the segmenter: documents added with another one than the index's do not make it
        // that one's, or the warning that the index needs a rebuild would go quiet after one ingest.
        // (An index from before the key was written was built with ICU.)
        _segmentedWith = writer.NumDocs == 0 ? segmenter.ToString()
            : writer.CommitData.TryGetValue(DocumentIndex.SegmenterKey, out var built) ? built
            : nameof(ChineseSegmenter.Icu);
        _committed = committed;
        _released = released;
        Watermark = IndexWatermark.From(writer.CommitData);
    }

    /// <summary>The watermark of the last commit, this run's included.</summary>
    public IndexWatermark? Watermark { get; private set; }

    /// <summary>Adds the document, or replaces the one with its id. Safe from several threads.</summary>
    public void Upsert(IndexedDocument document)
    {
        _writer.UpdateDocument(new Term(IndexFields.Id, DocumentIndex.Key(document.Id)), DocumentIndex.ToLucene(document));
        Interlocked.Increment(ref _pending);
    }

    /// <summary>
    /// From here on, flushes the buffered documents to segments on the indexing threads, whenever
    /// they hold more than a quarter of the writer's buffer. For a run's last documents: what is still
    /// buffered at <see cref="Commit"/> is written by the committing thread alone while the other cores
    /// wait (at 64 MB, about a second of one core's work), while a flush on an indexing thread
    /// overlaps the other threads' indexing.
    /// </summary>
    public void FlushWhileIndexing()
    {
        var config = _writer.Config;
        config.RAMBufferSizeMB = Math.Min(config.RAMBufferSizeMB, DocumentIndex.RamBufferMegabytes / 4);
    }

    public void Delete(int id)
    {
        _writer.DeleteDocuments(new Term(IndexFields.Id, DocumentIndex.Key(id)));
        Interlocked.Increment(ref _pending);
    }

    /// <summary>Replaces everything with the documents of the complete index built at <paramref name="builtPath"/> (a rebuild).</summary>
    public void ReplaceAllWith(string builtPath)
    {
        using LuceneDirectory built = FSDirectory.Open(builtPath);
        _writer.DeleteAll();
        _writer.AddIndexes(built);
        Interlocked.Increment(ref _pending);
    }

    /// <summary>
    /// Makes the changes so far durable, with <paramref name="watermark"/> if it is later than the
    /// index's (or in its place when <paramref name="replacing"/> everything): documents and
    /// watermark land in one Lucene commit, or neither does.
    /// </summary>
    public void Commit(IndexWatermark? watermark, bool replacing = false)
    {
        Watermark = replacing ? watermark : IndexWatermark.Latest(Watermark, watermark);
        if (replacing)
        {
            _conceptsMarked = _conceptFingerprint;
            _segmentedWith = _segmenter.ToString();
        }
        var data = new Dictionary<string, string> { [DocumentIndex.SegmenterKey] = _segmentedWith };
        if (_conceptsMarked is not null)
        {
            data[DocumentIndex.ConceptsKey] = _conceptsMarked;
        }
        if (Watermark is not null)
        {
            data[IndexWatermark.Key] = Watermark.Text;
        }
        _writer.SetCommitData(data);
        _writer.Commit();
        _pending = 0;
        _committed();
    }

    /// <summary>Closes the writer, dropping uncommitted changes (a run that failed halfway leaves the last commit serving).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            // IndexWriter.Dispose would commit what is pending: a failed run must not.
            if (_pending > 0)
            {
                _writer.Rollback();
            }
            else
            {
                _writer.Dispose();
            }
        }
        finally
        {
            _released();
        }
    }
}
