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

    [Theory]
    [InlineData("refining", null)] // most documents: the ones that did not match are counted
    [InlineData("refining", "hans")] // most of the filter's documents
    [InlineData("mining", null)] // few documents: the matches are counted
    [InlineData("mining", "hans")]
    [InlineData("refining OR mining", null)] // every document
    [InlineData("refining mining", "hans")] // no document has both: the relaxed query's, which needs either
    public void Facets_are_those_of_counting_each_matching_document_across_segments_with_deletions(string query, string? script)
    {
        // Four segments of sixty documents, then a fifth that replaces ten of the first segment's:
        // their old versions stay in it, deleted, with their entities.
        var latest = new Dictionary<int, IndexedDocument>();
        for (var segment = 0; segment < 4; segment++)
        {
            Upsert([.. Enumerable.Range(segment * 60 + 1, 60).Select(id => Varied(id, 0))]);
        }
        Upsert([.. Enumerable.Range(1, 10).Select(id => Varied(id, 1))]);
        foreach (var id in Enumerable.Range(1, 240))
        {
            latest[id] = Varied(id, id <= 10 ? 1 : 0);
        }
        Assert.True(_index.Search(s => s.IndexReader.HasDeletions && s.IndexReader.Leaves.Count >= 5));

        var facets = new DocumentSearcher(_index).Search(new SearchRequest(query) { Script = script }).EntityFacets;

        var words = query.Split(' ').Where(w => w != "OR").ToArray();
        var expected = latest.Values
            .Where(d => words.Any(w => d.Text.Contains(w, StringComparison.Ordinal)) && (script is null || d.Script?.ToLowerInvariant() == script))
            .SelectMany(d => d.Entities.Select(e => e.EntityId).Distinct())
            .CountBy(id => id)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, c.Value));
        Assert.Equal(expected, facets.Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public void Common_and_rare_entities_of_one_segment_both_count_their_matching_documents()
    {
        // One segment of 640 documents: entity k is mentioned by one document in 2^k, so the common
        // ones are kept as a bit per document and the rare ones as lists of documents (SegmentEntities).
        var documents = Enumerable.Range(1, 640).Select(id =>
        {
            var entities = Enumerable.Range(0, 10).Where(k => id % (1 << k) == 0).Select(k => new EntityOccurrence($"entity-{k}", 0, 1));
            return new IndexedDocument(id, null, $"{id}.txt", "en", null, null, id % 3 == 0 ? "A note on mining." : "A note on refining.", [.. entities]);
        }).ToArray();
        Upsert(documents);
        Assert.Equal(1, _index.Search(s => s.IndexReader.Leaves.Count));

        var facets = new DocumentSearcher(_index).Search(new SearchRequest("refining")).EntityFacets;

        var expected = documents.Where(d => d.Text.Contains("refining", StringComparison.Ordinal))
            .SelectMany(d => d.Entities.Select(e => e.EntityId))
            .CountBy(id => id)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, c.Value));
        Assert.Equal(expected, facets.Select(f => (f.Value, f.Count)));
        Assert.Contains(("entity-9", 1), facets.Select(f => (f.Value, f.Count)));
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

    /// <summary>
    /// Document <paramref name="id"/>, in its <paramref name="version"/>: four in five about refining,
    /// the rest about mining, seven in eight in simplified Chinese script, and some of twelve entities.
    /// </summary>
    private static IndexedDocument Varied(int id, int version)
    {
        var topic = (id + version) % 5 == 0 ? "mining" : "refining";
        var text = $"A note on {topic} number {id}.";
        var entities = Enumerable.Range(0, 12).Where(k => (id * 7 + k * 3 + version * 5) % 5 < 2)
            .Select(k => new EntityOccurrence($"entity-{k:D2}", 0, 1));
        return new(id, null, $"{id}.txt", "en", id % 8 == 0 ? null : "Hans", null, text, [.. entities]);
    }

    private static IndexedDocument Doc(int id, string text, params (string Id, int Start, int End)[] entities) =>
        new(id, null, $"{id}.txt", "en", null, null, text, [.. entities.Select(e => new EntityOccurrence(e.Id, e.Start, e.End))]);

    public void Dispose()
    {
        _index.Dispose();
        System.IO.Directory.Delete(_path, recursive: true);
    }
}
