using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Index;

/// <summary>When few documents hold every word of a query, those that lack one word follow them.</summary>
public sealed class RelaxedQueryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-relaxed-" + Guid.NewGuid().ToString("N"));
    private readonly DocumentIndex _index;

    public RelaxedQueryTests()
    {
        _index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault());
    }

    private DocumentSearcher Indexed(params string[] texts) => Indexed(analyzer: null, texts);

    /// <summary>The texts indexed with the entities <paramref name="analyzer"/> finds in them, as ingestion indexes them; none without one.</summary>
    private DocumentSearcher Indexed(DocumentAnalyzer? analyzer, params string[] texts)
    {
        using (var writing = _index.OpenWriting())
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var entities = analyzer?.Analyze(texts[i], "zh", null).Entities ?? [];
                writing.Upsert(new IndexedDocument(i + 1, null, $"{i + 1}.txt", "en", null, null, texts[i], entities));
            }
            writing.Commit(null);
        }
        return new DocumentSearcher(_index);
    }

    /// <summary>The texts indexed with the entities extraction finds in them, and searched with the lexicon's names, as ingestion and search do.</summary>
    private DocumentSearcher IndexedAsIngested(params string[] texts)
    {
        var lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);
        Indexed(DocumentAnalyzer.Create(SeedCorpus.ConfigFolder, lexicon), texts);
        return new DocumentSearcher(_index, new LexiconEntityNames(lexicon));
    }

    [Fact]
    public void Documents_lacking_one_word_follow_those_with_every_word()
    {
        var searcher = Indexed(
            "The gallium refinery opened.",
            "A gallium refinery in Kazakhstan opened.",
            "Gallium prices rose.",
            "Kazakhstan exports wheat.");

        var results = searcher.Search(new SearchRequest("gallium refinery Kazakhstan"));

        Assert.Equal(2, results.Hits[0].Id);
        Assert.Equal([1], results.Hits.Skip(1).Select(h => h.Id));
        Assert.Equal(2, results.TotalHits);
    }

    [Fact]
    public void Excluded_words_still_exclude_in_the_fallback()
    {
        var searcher = Indexed("A gallium refinery in Kazakhstan.", "The gallium refinery, now closed.", "A gallium refinery opened.");

        var results = searcher.Search(new SearchRequest("gallium refinery Kazakhstan NOT closed"));

        Assert.Equal([1, 3], results.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("gallium AND refinery AND Kazakhstan")]
    [InlineData("+gallium +refinery +Kazakhstan")]
    [InlineData("gallium refinery lang:kk")]
    public void Words_the_analyst_required_and_named_fields_stay_required(string query)
    {
        var searcher = Indexed("A gallium refinery in Kazakhstan.", "A gallium refinery opened.");

        var results = searcher.Search(new SearchRequest(query));

        Assert.True(results.Hits.All(h => h.Id == 1), query);
    }

    [Fact]
    public void Enough_documents_with_every_word_leave_the_query_as_written()
    {
        var texts = Enumerable.Repeat("The gallium refinery opened.", RelaxedQuery.FewHits).Append("Gallium alone.").ToArray();
        var searcher = Indexed(texts);

        var results = searcher.Search(new SearchRequest("gallium refinery", Limit: 20));

        Assert.Equal(RelaxedQuery.FewHits, results.TotalHits);
        Assert.DoesNotContain(results.Hits, h => h.Id == texts.Length);
    }

    [Fact]
    public void One_typed_word_that_parses_into_several_clauses_is_not_relaxed()
    {
        // With the lexicon, 稀土 (an entity) and 精煉 (a concept) are widened apart: two required clauses.
        var searcher = IndexedAsIngested("稀土精炼厂开工。", "稀土出口减少。", "精炼技术进步。");

        var results = searcher.Search(new SearchRequest("稀土精煉"));

        Assert.Equal([1], results.Hits.Select(h => h.Id));
        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public void A_name_widened_to_its_entity_is_a_word_that_the_fallback_may_leave_out()
    {
        var searcher = IndexedAsIngested("Lynas runs a plant in Kalgoorlie.", "Lynas reported higher sales.", "Kalgoorlie is a mining town.");

        var results = searcher.Search(new SearchRequest("Lynas Kalgoorlie"));

        Assert.Equal(1, results.Hits[0].Id);
        Assert.Equal([2, 3], results.Hits.Skip(1).Select(h => h.Id).Order());
        // Written as a field, the entity stays a filter: the town alone does not find 3.
        Assert.Equal([1], searcher.Search(new SearchRequest("entity:lynas Kalgoorlie town")).Hits.Select(h => h.Id));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
