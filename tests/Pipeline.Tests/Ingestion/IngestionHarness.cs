using Microsoft.Data.Sqlite;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

/// <summary>A data directory with a real SQLite database and Lucene index, and the services over them.</summary>
internal sealed class IngestionHarness : IDisposable
{
    private readonly TempDirectory _data = new();

    public IngestionHarness()
    {
        Storage = new StorageOptions(_data.Path);
        PipelineDatabase.EnsureCreatedAsync(Storage).GetAwaiter().GetResult();
        Lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);
        Analyzer = DocumentAnalyzer.Create(SeedCorpus.ConfigFolder, Lexicon);
        (Index, Ingestion, Searcher) = OpenIndex();
    }

    public Lexicon Lexicon { get; }

    public DocumentAnalyzer Analyzer { get; }

    public StorageOptions Storage { get; }

    public string IndexPath => _data.Combine("index");

    public DocumentIndex Index { get; private set; }

    public IngestionService Ingestion { get; private set; }

    public DocumentSearcher Searcher { get; private set; }

    public Task<IngestReport> IngestAsync(params string[] paths) =>
        Ingestion.IngestAsync([.. SourceFiles.Expand(paths)]);

    public async Task<int> CountDocumentsAsync()
    {
        await using var db = PipelineDatabase.Open(Storage);
        return await new DocumentStore(db).CountAsync();
    }

    public async Task<Document> DocumentAsync(int id)
    {
        await using var db = PipelineDatabase.Open(Storage);
        return await new DocumentStore(db).FindAsync(id) ?? throw new InvalidOperationException($"no document {id}");
    }

    public async Task<IReadOnlyList<ClaimRecord>> ClaimsAsync(string? subject = null, string? attribute = null)
    {
        await using var db = PipelineDatabase.Open(Storage);
        return await new ExtractionStore(db).ClaimsAsync(subject, attribute);
    }

    public async Task<IReadOnlyList<MentionRecord>> MentionsAsync(int documentId)
    {
        await using var db = PipelineDatabase.Open(Storage);
        return await new ExtractionStore(db).MentionsAsync(documentId);
    }

    /// <summary>Throws the index away, as a lost or corrupted index would be, and opens an empty one.</summary>
    public void DeleteIndex()
    {
        Index.Dispose();
        Directory.Delete(IndexPath, recursive: true);
        (Index, Ingestion, Searcher) = OpenIndex();
    }

    private (DocumentIndex, IngestionService, DocumentSearcher) OpenIndex()
    {
        var index = new DocumentIndex(IndexPath, IndexAnalyzers.CreateDefault(Lexicon.ProtectedTerms, concepts: Lexicon.IndexedConcepts));
        return (index,
            new IngestionService(() => PipelineDatabase.Open(Storage), index, Analyzer),
            new DocumentSearcher(index, new LexiconEntityNames(Lexicon)));
    }

    public void Dispose()
    {
        Index.Dispose();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
