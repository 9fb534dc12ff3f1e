using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>Entity facets: matching documents per entity, counted while the search collects its hits.</summary>
public sealed class EntityFacetsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-facets-" + Guid.NewGuid().ToString("N"));
    private readonly DocumentIndex _index;

    public EntityFacetsTests() => _index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault());

    [Fact]
    public void Each_matching_document_counts_once_per_entity_across_segments_and_replacements()
    {
        // One commit per document: one segment each, so counts are summed across segments.
        Upsert(Doc(1, "Lynas and Iluka refine rare earths. Lynas again.", ("lynas", 0, 5), ("iluka", 10, 15), ("lynas", 43, 48)));
        Upsert(Doc(2, "Lynas expands refining in Malaysia.", ("lynas", 0, 5)));
        Upsert(Doc(3, "Iluka builds a refinery; Solvay too.", ("iluka", 0, 5), ("solvay", 25, 31)));
        Upsert(Doc(4, "Arafura has no refinery yet.", ("arafura", 0, 7)));
        // Replaced: its old entities must no longer count.
        Upsert(Doc(2, "Solvay expands refining in France.", ("solvay", 0, 6)));

        var facets = new DocumentSearcher(_index).Search(new SearchRequest("refining OR refinery")).EntityFacets;

        Assert.Equal([("iluka", 2), ("solvay", 2), ("arafura", 1), ("lynas", 1)], facets.Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public void Facets_follow_the_filters_and_only_the_matching_documents()
    {
        Upsert(Doc(1, "Lynas refines in Malaysia.", ("lynas", 0, 5)), Doc(2, "Iluka refines in Australia.", ("iluka", 0, 5)), Doc(3, "Solvay sells magnets.", ("solvay", 0, 6)));

        var searcher = new DocumentSearcher(_index);

        Assert.Equal(["iluka", "lynas"], searcher.Search(new SearchRequest("refines")).EntityFacets.Select(f => f.Value));
        Assert.Equal(["lynas"], searcher.Search(new SearchRequest("refines") { Entity = "lynas" }).EntityFacets.Select(f => f.Value));
        Assert.Empty(searcher.Search(new SearchRequest("nowhere")).EntityFacets);
    }

    [Fact]
    public void A_commit_after_a_search_is_counted_by_the_next_search()
    {
        Upsert(Doc(1, "Lynas refines in Malaysia.", ("lynas", 0, 5)));
        var searcher = new DocumentSearcher(_index);
        Assert.Equal([("lynas", 1)], searcher.Search(new SearchRequest("refines")).EntityFacets.Select(f => (f.Value, f.Count)));

        // A new segment, and the old one's document replaced: both seen once the searcher is refreshed.
        Upsert(Doc(2, "Iluka refines in Australia.", ("iluka", 0, 5)), Doc(1, "Lynas and Iluka refine in Malaysia.", ("lynas", 0, 5), ("iluka", 10, 15)));

        Assert.Equal([("iluka", 2), ("lynas", 1)], searcher.Search(new SearchRequest("refines OR refine")).EntityFacets.Select(f => (f.Value, f.Count)));
    }

    private void Upsert(params IndexedDocument[] documents)
    {
        using var writing = _index.OpenWriting();
        foreach (var document in documents)
        {
            writing.Upsert(document);
        }
        writing.Commit(null);
    }

    private static IndexedDocument Doc(int id, string text, params (string Id, int Start, int End)[] entities) =>
        new(id, null, $"{id}.txt", "en", null, null, text, [.. entities.Select(e => new EntityOccurrence(e.Id, e.Start, e.End))]);

    public void Dispose()
    {
        _index.Dispose();
        System.IO.Directory.Delete(_path, recursive: true);
    }
}
