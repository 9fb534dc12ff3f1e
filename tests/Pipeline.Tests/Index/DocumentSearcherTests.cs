using Pipeline.Index;

namespace Pipeline.Tests.Index;

public sealed class DocumentSearcherTests : IDisposable
{
    private const string Simplified = "中国占全球90%的稀土精炼产能，商务部宣布新的出口管制。";
    private const string Traditional = "中國商務部宣佈對稀土出口實施「穿透式管控」，稀土精煉產能仍集中在中國。";
    private const string English = "MP Materials is refining NdPr oxide at Mountain Pass; the Pentagon set a price floor.";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-index-" + Guid.NewGuid().ToString("N"));
    private readonly DocumentIndex _index;
    private readonly DocumentSearcher _searcher;

    public DocumentSearcherTests()
    {
        _index = new DocumentIndex(_path, IndexAnalyzers.CreateDefault());
        using (var writing = _index.OpenWriting())
        {
            writing.Upsert(new IndexedDocument(1, "简体", "a.txt", "zh", "Hans", new DateOnly(2025, 10, 9), Simplified, []));
            writing.Upsert(new IndexedDocument(2, "繁體", "b.txt", "zh", "Hant", null, Traditional, []));
            writing.Upsert(new IndexedDocument(3, "Floor", "c.txt", "en", null, new DateOnly(2025, 7, 10), English, []));
            writing.Commit(null);
        }
        _searcher = new DocumentSearcher(_index);
    }

    [Theory]
    [InlineData("稀土精煉")]
    [InlineData("稀土精炼")]
    public void A_query_in_either_script_finds_both_scripts(string query)
    {
        var ids = _searcher.Search(new SearchRequest(query)).Hits.Select(h => h.Id).Order();
        Assert.Equal([1, 2], ids);
    }

    [Fact]
    public void Chinese_characters_are_found_wherever_they_stand_however_the_text_was_segmented()
    {
        // 占 is no word of its own in the text's index: the bigram field's gram 占全 starts with it.
        Assert.Equal([1], _searcher.Search(new SearchRequest("占")).Hits.Select(h => h.Id));
        // 土精 is no word (稀土 精炼 to the segmenter): the bigram field finds the two characters side by side.
        Assert.Equal([1, 2], _searcher.Search(new SearchRequest("土精")).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void A_character_that_stands_only_last_in_its_run_is_found()
    {
        // 制 stands only in 管制。: it starts no pair, and the index holds it alone at the run's end.
        var hit = Assert.Single(_searcher.Search(new SearchRequest("制")).Hits);
        Assert.Equal(1, hit.Id);
        var span = Assert.Single(hit.Highlights);
        Assert.Equal("制", Simplified[span.Start..span.End]);
    }

    [Fact]
    public void An_index_that_holds_every_character_as_a_word_still_finds_one_at_a_run_s_end()
    {
        // As indexes were made before the text's index left lone characters to the bigram field.
        var path = _path + "-words";
        var analyzers = IndexAnalyzers.CreateDefault();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(path))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(IndexAnalyzers.Version, analyzers.PerField)))
        {
            writer.AddDocument(DocumentIndex.ToLucene(new IndexedDocument(1, null, "a.txt", "zh", "Hans", null, Simplified, [])));
            writer.SetCommitData(new Dictionary<string, string> { [DocumentIndex.SegmenterKey] = nameof(ChineseSegmenter.Characters) });
            writer.Commit();
        }
        using (var index = new DocumentIndex(path, analyzers))
        {
            Assert.Equal([1], new DocumentSearcher(index).Search(new SearchRequest("制")).Hits.Select(h => h.Id));
        }
        Directory.Delete(path, recursive: true);
    }

    [Fact]
    public void A_single_character_is_found_inside_longer_words_in_either_script()
    {
        // 商 stands only inside 商务部/商務部, a word to ICU's dictionary: the bigram field's grams that
        // start with it find it in either script, as 務 (Traditional) finds its Simplified spelling.
        Assert.Equal([1, 2], _searcher.Search(new SearchRequest("商")).Hits.Select(h => h.Id).Order());
        Assert.Equal([1, 2], _searcher.Search(new SearchRequest("務")).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void An_english_query_matches_through_stemming()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest("refine")).Hits);
        Assert.Equal(3, hit.Id);
        var span = Assert.Single(hit.Highlights);
        Assert.Equal("refining", English[span.Start..span.End]);
    }

    [Fact]
    public void Highlights_in_a_traditional_document_cover_the_original_characters()
    {
        var hit = _searcher.Search(new SearchRequest("稀土精炼")).Hits.Single(h => h.Id == 2);
        var marked = hit.Highlights.Select(h => Traditional[h.Start..h.End]).ToList();
        Assert.Contains("稀土精煉", marked);
        Assert.All(hit.Highlights, h => Assert.Equal(Traditional[h.Start..h.End], hit.Snippet[(h.Start - hit.SnippetStart)..(h.End - hit.SnippetStart)]));
    }

    [Fact]
    public void Boolean_operators_and_fields_work()
    {
        Assert.Equal([2], _searcher.Search(new SearchRequest("稀土 AND script:hant")).Hits.Select(h => h.Id));
        Assert.Equal([1], _searcher.Search(new SearchRequest("稀土 NOT 穿透式")).Hits.Select(h => h.Id));
        Assert.Equal([3], _searcher.Search(new SearchRequest("\"price floor\" OR 不存在")).Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_source_longer_than_a_lucene_term_is_indexed_found_and_shown_whole()
    {
        // A fetched page's address with a long query string: more than the 32,766 bytes a term may hold.
        var longSource = "https://example.com/report?ref=" + string.Concat(Enumerable.Repeat("稀土tracking", 4_000));
        using (var writing = _index.OpenWriting())
        {
            writing.Upsert(new IndexedDocument(4, "Long", longSource, "en", null, null, "Lynas refines dysprosium oxide in Malaysia.", []));
            writing.Commit(null);
        }

        var hit = Assert.Single(_searcher.Search(new SearchRequest("dysprosium")).Hits);

        Assert.Equal((4, longSource), (hit.Id, hit.Source));
        // Its term: its start and a hash of the whole, so two sources that differ only at the end differ.
        var term = DocumentIndex.SourceTerm(longSource);
        Assert.StartsWith(longSource[..1000], term, StringComparison.Ordinal);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(term), 1, Lucene.Net.Index.IndexWriter.MAX_TERM_LENGTH);
        Assert.NotEqual(term, DocumentIndex.SourceTerm(longSource[..^1] + "x"));
        // A source of ordinary length stays its own term: source:"..." finds it.
        Assert.Equal([3], _searcher.Search(new SearchRequest("source:\"c.txt\"")).Hits.Select(h => h.Id));
    }

    [Fact]
    public void The_script_filter_keeps_one_script()
    {
        Assert.Equal([2], _searcher.Search(new SearchRequest("稀土", Script: "Hant")).Hits.Select(h => h.Id));
        Assert.Equal([1], _searcher.Search(new SearchRequest("稀土", Script: "hans")).Hits.Select(h => h.Id));
    }

    [Fact]
    public void The_date_range_keeps_dated_documents_inside_it()
    {
        var from = new DateOnly(2025, 10, 1);
        Assert.Equal([1], _searcher.Search(new SearchRequest("稀土 OR floor", From: from)).Hits.Select(h => h.Id));
        Assert.Equal([3], _searcher.Search(new SearchRequest("稀土 OR floor", To: from)).Hits.Select(h => h.Id));
        Assert.Equal([1], _searcher.Search(new SearchRequest("稀土 OR floor", From: new DateOnly(2025, 10, 9), To: new DateOnly(2025, 10, 9))).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Highlights_of_a_whole_document_cover_every_match_and_none_for_another_document()
    {
        var spans = _searcher.HighlightsIn("稀土", 2);
        Assert.Equal(["稀土", "稀土"], spans.Select(s => Traditional[s.Start..s.End]));
        Assert.Equal(2, Traditional.Split("稀土").Length - 1);
        Assert.Empty(_searcher.HighlightsIn("稀土", 3));
    }

    [Fact]
    public void The_language_filter_narrows_results()
    {
        Assert.Empty(_searcher.Search(new SearchRequest("稀土", Language: "en")).Hits);
        Assert.Equal(2, _searcher.Search(new SearchRequest("稀土", Language: "zh")).TotalHits);
    }

    [Theory]
    [InlineData("稀土 AND (")]
    [InlineData("\"unclosed phrase")]
    [InlineData("title:")]
    [InlineData("/[a-/")]
    [InlineData("/(neo/")]
    public void A_malformed_query_is_one_clear_error(string query)
    {
        var error = Assert.Throws<InvalidSearchQueryException>(() => _searcher.Search(new SearchRequest(query)));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(query, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
