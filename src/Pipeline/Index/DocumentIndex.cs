using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Index;

/// <summary>
/// The Lucene index on disk: hands out searchers, refreshed when any process commits, and one
/// writer at a time across processes (<see cref="OpenWriting"/>), held for a run and released
/// after it. A process that only searches never opens the writer.
/// </summary>
public sealed class DocumentIndex : IDisposable
{
    /// <summary>How long a run waits for another process's writer unless told otherwise ($PIPELINE_INDEX_WAIT, in seconds).</summary>
    public static readonly TimeSpan DefaultWriteWait = TimeSpan.FromSeconds(30);

    private readonly System.Threading.Lock _gate = new();
    // One writer per process too: Lucene refuses a second lock in one process at once, without waiting.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly LuceneDirectory _directory;
    private SearcherManager? _searchers;
    private readonly bool _ownsAnalyzers;
    private bool _disposed;

    // Readers find a segment's codec by the name it records: Pipeline's own must be known first.
    static DocumentIndex() =>
        Lucene.Net.Codecs.Codec.SetCodecFactory(new Lucene.Net.Codecs.DefaultCodecFactory { CustomCodecTypes = [typeof(PipelineCodec)] });

    /// <summary>The index at <paramref name="path"/>, created if missing; it owns <paramref name="analyzers"/> and disposes them.</summary>
    public DocumentIndex(string path, IndexAnalyzers analyzers)
        : this(path, analyzers, ownsAnalyzers: true)
    {
    }

    private DocumentIndex(string path, IndexAnalyzers analyzers, bool ownsAnalyzers)
    {
        Path = path;
        Analyzers = analyzers;
        _ownsAnalyzers = ownsAnalyzers;
        System.IO.Directory.CreateDirectory(path);
        _directory = new IndexDirectory(path);
    }

    /// <summary>An index at <paramref name="path"/> that analyzes as this one does, with this one's analyzers (which stay this one's).</summary>
    internal DocumentIndex Beside(string path) => new(path, Analyzers, ownsAnalyzers: false);

    public string Path { get; }

    public IndexAnalyzers Analyzers { get; }

    /// <summary>How long <see cref="OpenWriting()"/> waits for another writer before giving up.</summary>
    public TimeSpan WriteWait { get; init; } = DefaultWriteWait;

    public bool Exists => DirectoryReader.IndexExists(_directory);

    /// <summary>How much the writer buffers before it writes a segment: fewer, larger segments for search, at the price of memory.</summary>
    internal const double RamBufferMegabytes = 64;

    /// <summary>The key in each commit's user data that says how its word field split Chinese.</summary>
    internal const string SegmenterKey = "pipeline.chinese-analyzer";

    /// <summary>The key in each commit's user data with the <see cref="IndexAnalyzers.ConceptFingerprint"/> its every document was marked with.</summary>
    internal const string ConceptsKey = "pipeline.concepts";

    /// <summary>The watermark of the last commit, by whichever process made it; none for an old or empty index.</summary>
    public IndexWatermark? Watermark => IndexWatermark.From(LastCommitData());

    /// <summary>How the last commit's word field split Chinese; null for an empty index (an index older than the choice was built with ICU).</summary>
    public ChineseSegmenter? BuiltWith
    {
        get
        {
            if (LastCommitData() is not { } data)
            {
                return null;
            }
            return data.TryGetValue(SegmenterKey, out var name) && Enum.TryParse<ChineseSegmenter>(name, out var segmenter) ? segmenter : ChineseSegmenter.Icu;
        }
    }

    /// <summary>Whether the last commit says its documents were marked as today's analyzers mark concepts; null for an empty index.</summary>
    public bool? ConceptsMarked => LastCommitData() is { } data ? MarkedAsToday(data) : null;

    /// <summary>
    /// Whether every document the searcher sees had its concepts marked as today's analyzers mark
    /// them, so that a query may look a concept up by its term. False for an index from before
    /// concepts were marked, or marked with other concepts: `pipeline reindex` marks it anew.
    /// </summary>
    public bool MarksConcepts(IndexSearcher searcher) => MarkedAsToday(_commitData.GetValue(searcher.IndexReader, CommitDataOf));

    // Read once per reader: a reader's commit lists its files, too much to do for every search.
    private readonly ConditionalWeakTable<IndexReader, IDictionary<string, string>> _commitData = new();

    private static IDictionary<string, string> CommitDataOf(IndexReader reader) =>
        reader is DirectoryReader directory ? directory.IndexCommit.UserData : new Dictionary<string, string>();

    private bool MarkedAsToday(IDictionary<string, string> commitData) =>
        Analyzers.ConceptFingerprint is { } wanted && commitData.TryGetValue(ConceptsKey, out var marked) && marked == wanted;

    private IDictionary<string, string>? LastCommitData()
    {
        if (!Exists)
        {
            return null;
        }
        var infos = new SegmentInfos();
        infos.Read(_directory);
        return infos.UserData;
    }

    /// <summary>Takes the index's writer, waiting up to <see cref="WriteWait"/> for another run to release it.</summary>
    /// <exception cref="IndexBusyException">It was not released in time: the message names the holder.</exception>
    public IndexWriting OpenWriting() =>
        TryOpenWriting(WriteWait) ?? throw new IndexBusyException(
            $"the index at {Path} is being written by {IndexWriteLock.Holder(Path)}; waited {WriteWait.TotalSeconds:0} s for it (set PIPELINE_INDEX_WAIT to wait longer)");

    /// <summary>Takes the index's writer if it is free within <paramref name="wait"/>; null if another run holds it.</summary>
    public IndexWriting? TryOpenWriting(TimeSpan wait)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var deadline = DateTime.UtcNow + wait;
        if (!_writing.Wait(wait))
        {
            return null;
        }
        IndexWriteLock? held = null;
        try
        {
            held = IndexWriteLock.TryTake(Path, Max(deadline - DateTime.UtcNow, TimeSpan.Zero));
            if (held is null)
            {
                _writing.Release();
                return null;
            }
            var writer = new IndexWriter(_directory, new IndexWriterConfig(IndexAnalyzers.Version, Analyzers.Indexing)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = RamBufferMegabytes,
                Codec = new PipelineCodec(),
            });
            var release = held;
            return new IndexWriting(writer, Analyzers.Segmenter, Analyzers.ConceptFingerprint, Refresh, () =>
            {
                release.Dispose();
                _writing.Release();
                Refresh();
            });
        }
        catch
        {
            held?.Dispose();
            _writing.Release();
            throw;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Lets new searches see the last commit, this process's or another's.</summary>
    public void Refresh()
    {
        if (!_disposed && Exists)
        {
            Searchers.MaybeRefreshBlocking();
        }
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

    /// <summary>The content hash the index holds for document <paramref name="id"/>; null if it holds none (or an index from before hashes were kept).</summary>
    public string? HashOf(int id) => HashesOf([id])[id];

    /// <summary>
    /// The content hashes the index holds for these documents (null where it holds none), read in one
    /// pass from doc values: no stored text is decompressed, so thousands cost milliseconds.
    /// </summary>
    public IReadOnlyDictionary<int, string?> HashesOf(IEnumerable<int> ids)
    {
        var hashes = ids.Distinct().ToDictionary(id => id, _ => (string?)null);
        if (!Exists || hashes.Count == 0)
        {
            return hashes;
        }
        return Search(s =>
        {
            var reader = s.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var values = MultiDocValues.GetBinaryValues(reader, IndexFields.ContentHash);
            var bytes = new Lucene.Net.Util.BytesRef();
            foreach (var id in hashes.Keys.ToList())
            {
                var docs = MultiFields.GetTermDocsEnum(reader, live, IndexFields.Id, new Lucene.Net.Util.BytesRef(Key(id)));
                if (docs is null || docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                {
                    continue;
                }
                values?.Get(docs.DocID, bytes);
                hashes[id] = values is null || bytes.Length == 0 ? string.Empty : bytes.Utf8ToString();
            }
            return (IReadOnlyDictionary<int, string?>)hashes;
        });
    }

    /// <summary>The ids of every indexed document (to find those the database no longer has).</summary>
    public IReadOnlySet<int> Ids() => !Exists ? new HashSet<int>() : Search(s =>
    {
        var ids = new HashSet<int>();
        var live = MultiFields.GetLiveDocs(s.IndexReader);
        for (var doc = 0; doc < s.IndexReader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                ids.Add(int.Parse(s.Doc(doc, IdField).Get(IndexFields.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            }
        }
        return (IReadOnlySet<int>)ids;
    });

    public int Count => Exists ? Search(s => s.IndexReader.NumDocs) : 0;

    private static readonly ISet<string> IdField = new HashSet<string> { IndexFields.Id };

    internal static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private SearcherManager Searchers
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_searchers is null)
                {
                    if (!Exists)
                    {
                        throw new IndexNotFoundException($"no index at {Path}: ingest documents first");
                    }
                    // On the directory, not on a writer: searches see commits, whichever process made them.
                    _searchers = new SearcherManager(_directory, searcherFactory: null);
                }
                return _searchers;
            }
        }
    }

    /// <summary>
    /// The source as the index's term: whole, unless longer than a Lucene term may be (32,766 bytes
    /// of UTF-8; a fetched page's address can be), which would fail the document's indexing, and
    /// every later run's catch-up with it. Then its start and the SHA-256 of the whole: still its own
    /// term. The source is stored whole either way.
    /// </summary>
    internal static string SourceTerm(string source) =>
        Encoding.UTF8.GetByteCount(source) <= IndexWriter.MAX_TERM_LENGTH
            ? source
            : string.Concat(source.AsSpan(0, 1000), "…", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source))));

    internal static Document ToLucene(IndexedDocument source)
    {
        var script = source.Script ?? string.Empty;
        var date = source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        EntityOccurrence[] entities = [.. source.Entities.OrderBy(e => e.Start)];
        Document document =
        [
            new StringField(IndexFields.Id, Key(source.Id), Field.Store.YES),
            new StringField(IndexFields.Source, SourceTerm(source.Source), Field.Store.NO),
            new StoredField(IndexFields.Source, source.Source),
            new BinaryDocValuesField(IndexFields.ContentHash, new Lucene.Net.Util.BytesRef(source.ContentHash ?? string.Empty)),
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

    /// <summary>Ordered shutdown: stop searching, release the directory and the analyzers. Writers are closed by their runs.</summary>
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
            _directory.Dispose();
            if (_ownsAnalyzers)
            {
                Analyzers.Dispose();
            }
        }
    }
}
