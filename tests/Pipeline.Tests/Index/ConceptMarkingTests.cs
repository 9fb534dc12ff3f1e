using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;

namespace Pipeline.Tests.Index;

/// <summary>
/// An index marks concepts when built with them, and says so in its commits; a query looks a
/// concept up by its term only there, and by each of its names in an index marked otherwise or not at all.
/// </summary>
public sealed class ConceptMarkingTests : IDisposable
{
    private const string English = "The Pentagon set a price floor for the oxide.";
    private const string Simplified = "国防部承诺以保底价采购该公司产品。";
    private const string Traditional = "美國為稀土產品設定價格下限。";

    private static readonly Concept PriceFloor = new("price-floor", "Price floor", ["price floor", "保底价", "价格下限"]);

    private readonly List<string> _paths = [];
    private readonly LexiconEntityNames _names = new(new Lexicon([], concepts: [PriceFloor]));

    [Fact]
    public void A_new_index_is_marked_and_finds_every_name_by_the_concept_term()
    {
        using var index = NewIndex(withConcepts: true);
        Add(index, (1, English), (2, Simplified), (3, Traditional));

        Assert.True(index.Search(index.MarksConcepts));
        var hits = new DocumentSearcher(index, _names).Search(new SearchRequest("價格下限")).Hits;

        Assert.Equal([1, 2, 3], hits.Select(h => h.Id).Order());
        // Highlighting still looks for every name: the term marks, the words show.
        var simplified = hits.Single(h => h.Id == 2);
        Assert.Equal("保底价", Simplified[simplified.Highlights[0].Start..simplified.Highlights[0].End]);
    }

    [Fact]
    public void An_index_built_without_concepts_is_searched_name_by_name_until_it_is_rebuilt()
    {
        var path = NewPath();
        using (var old = new DocumentIndex(path, IndexAnalyzers.CreateDefault()))
        {
            Add(old, (1, English), (2, Simplified));
        }
        using var index = new DocumentIndex(path, Analyzers(withConcepts: true));
        var searcher = new DocumentSearcher(index, _names);

        Assert.False(index.Search(index.MarksConcepts));
        Assert.Equal([1, 2], searcher.Search(new SearchRequest("價格下限")).Hits.Select(h => h.Id).Order());

        // A document added now is marked, the old ones are not: the index still does not say it is.
        Add(index, (3, Traditional));
        Assert.False(index.Search(index.MarksConcepts));
        Assert.Equal([1, 2, 3], searcher.Search(new SearchRequest("price floor")).Hits.Select(h => h.Id).Order());

        // A rebuild marks every document.
        using (var built = NewIndex(withConcepts: true))
        {
            Add(built, (1, English), (2, Simplified), (3, Traditional));
            using var writing = index.OpenWriting();
            writing.ReplaceAllWith(built.Path);
            writing.Commit(null, replacing: true);
        }
        Assert.True(index.Search(index.MarksConcepts));
        Assert.Equal([1, 2, 3], searcher.Search(new SearchRequest("保底价")).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void An_index_marked_with_other_names_is_searched_name_by_name()
    {
        var path = NewPath();
        var fewer = new IndexedConcept("price-floor", ["price floor"]);
        using (var old = new DocumentIndex(path, IndexAnalyzers.CreateDefault(concepts: [fewer])))
        {
            Add(old, (1, English), (2, Simplified));
            Assert.True(old.Search(old.MarksConcepts));
        }
        using var index = new DocumentIndex(path, Analyzers(withConcepts: true));

        Assert.False(index.Search(index.MarksConcepts));
        Assert.Equal([1, 2], new DocumentSearcher(index, _names).Search(new SearchRequest("price floor")).Hits.Select(h => h.Id).Order());
    }

    public void Dispose()
    {
        foreach (var path in _paths.Where(Directory.Exists))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private DocumentIndex NewIndex(bool withConcepts) => new(NewPath(), Analyzers(withConcepts));

    private static IndexAnalyzers Analyzers(bool withConcepts) =>
        IndexAnalyzers.CreateDefault(concepts: withConcepts ? [new IndexedConcept(PriceFloor.Id, PriceFloor.Aliases)] : null);

    private string NewPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "pipeline-concepts-" + Guid.NewGuid().ToString("N"));
        _paths.Add(path);
        return path;
    }

    private static void Add(DocumentIndex index, params (int Id, string Text)[] documents)
    {
        using var writing = index.OpenWriting();
        foreach (var (id, text) in documents)
        {
            writing.Upsert(new IndexedDocument(id, null, $"{id}.txt", text.Any(c => c > 0x3000) ? "zh" : "en", null, null, text, []));
        }
        writing.Commit(null);
    }
}
