using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Index;

/// <summary>
/// The Lucene index on disk: owns its one writer, opened lazily under a lock, and hands out
/// searchers that are refreshed after each commit. A process that only searches never
/// opens the writer, so it never takes the index's write lock.
/// </summary>
public sealed class DocumentIndex : IDisposable
{
    private readonly System.Threading.Lock _gate = new();
    private readonly LuceneDirectory _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private bool _disposed;

    public DocumentIndex(string path, IndexAnalyzers analyzers)
    {
        Path = path;
        Analyzers = analyzers;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
    }

    public string Path { get; }

    public IndexAnalyzers Analyzers { get; }

    public bool Exists => DirectoryReader.IndexExists(_directory);

    /// <summary>Adds the document, or replaces the one with its id. Safe from several threads.</summary>
    public void Upsert(IndexedDocument document) =>
        Writer.UpdateDocument(new Term(IndexFields.Id, Key(document.Id)), ToLucene(document));

    public void Delete(int id) => Writer.DeleteDocuments(new Term(IndexFields.Id, Key(id)));

    public void DeleteAll() => Writer.DeleteAll();

    /// <summary>Makes every change so far durable and visible to new searches.</summary>
    public void Commit()
    {
        Writer.Commit();
        _searchers?.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="search"/> on a current searcher and gives the searcher back.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searchers = Searchers;
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public bool Contains(int id) =>
        Exists && Search(s => s.Search(new TermQuery(new Term(IndexFields.Id, Key(id))), 1).TotalHits > 0);

    public int Count => Exists ? Search(s => s.IndexReader.NumDocs) : 0;

    internal static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private IndexWriter Writer
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _writer ??= new IndexWriter(_directory, new IndexWriterConfig(IndexAnalyzers.Version, Analyzers.PerField)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 64,
                });
            }
        }
    }

    private SearcherManager Searchers
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_searchers is null)
                {
                    if (_writer is null && !Exists)
                    {
                        throw new IndexNotFoundException($"no index at {Path}: ingest documents first");
                    }
                    _searchers = _writer is not null
                        ? new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null)
                        : new SearcherManager(_directory, searcherFactory: null);
                }
                return _searchers;
            }
        }
    }

    private static Document ToLucene(IndexedDocument source)
    {
        var script = source.Script ?? string.Empty;
        var date = source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        EntityOccurrence[] entities = [.. source.Entities.OrderBy(e => e.Start)];
        Document document =
        [
            new StringField(IndexFields.Id, Key(source.Id), Field.Store.YES),
            new StringField(IndexFields.Source, source.Source, Field.Store.YES),
            new StringField(IndexFields.Language, source.Language.ToLowerInvariant(), Field.Store.NO),
            new StoredField(IndexFields.Language, source.Language),
            new StringField(IndexFields.Script, script.ToLowerInvariant(), Field.Store.NO),
            new StoredField(IndexFields.Script, script),
            new StringField(IndexFields.Date, date, Field.Store.YES),
            new TextField(IndexFields.Title, source.Title ?? string.Empty, Field.Store.YES),
            new TextField(IndexFields.Body, source.Text, Field.Store.NO),
            new StoredField(IndexFields.Text, source.Text),
            // No field has term vectors (they cost more than the rest of indexing): HitHighlighter
            // finds word and bigram matches in the hit's text, entity matches in the stored spans.
            new TextField(IndexFields.Entity, new EntityTokens(entities)),
            new StoredField(IndexFields.EntitySpans, EntitySpans.Encode(entities)),
        ];
        // Only CJK characters make bigrams: English text would be tokenized here for nothing.
        if (BigramAnalyzer.MakesGrams(source.Text))
        {
            document.Add(new TextField(IndexFields.BodyBigrams, source.Text, Field.Store.NO));
        }
        return document;
    }

    /// <summary>Ordered shutdown: stop searching, finish and commit writes, close the writer, release the directory.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _searchers?.Dispose();
            if (_writer is not null)
            {
                _writer.Commit();
                _writer.Dispose();
            }
            _directory.Dispose();
        }
    }
}
