using Pipeline.Index;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

/// <summary>Searches over the real corpus: two Traditional and three Simplified seeds, and the English articles.</summary>
public sealed class CorpusSearchTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private static readonly string[] ChineseSeeds = ["000", "001", "002", "003", "004"];

    private List<int> Ids(string query, string? language = null) =>
        [.. corpus.Pipeline.Searcher.Search(new SearchRequest(query, language, Limit: 100)).Hits.Select(h => h.Id)];

    [Fact]
    public void A_traditional_query_finds_the_simplified_articles()
    {
        // 商務部 (Traditional) is written 商务部 in the Simplified seeds 000 and 002.
        var ids = Ids("商務部");
        Assert.Contains(corpus.IdOf("000"), ids);
        Assert.Contains(corpus.IdOf("002"), ids);
        Assert.Contains(corpus.IdOf("004"), ids);
    }

    [Fact]
    public void A_simplified_query_finds_the_traditional_articles()
    {
        // 暂停实施 is written 暫停實施 in the Traditional seed 004.
        Assert.Contains(corpus.IdOf("004"), Ids("暂停实施"));
        Assert.Contains(corpus.IdOf("003"), Ids("穿透式管控"));
    }

    [Fact]
    public void Both_scripts_of_a_query_find_the_same_documents()
    {
        Assert.Equal(Ids("稀土精炼"), Ids("稀土精煉"));
        Assert.NotEmpty(Ids("稀土精炼"));
    }

    [Fact]
    public void An_english_query_matches_other_forms_of_the_word()
    {
        // (refining is a concept as well, widened to its other names; supply is a plain word.)
        var supply = Ids("supply", "en");
        Assert.NotEmpty(supply);
        Assert.Equal(supply.Order(), Ids("supplies", "en").Order());
        Assert.Equal(supply.Order(), Ids("supplied", "en").Order());
    }

    [Fact]
    public void Highlights_in_a_traditional_article_mark_the_original_characters()
    {
        // (暂停实施 is a name of the concept suspension, so its search marks 暫停 too; 经贸磋商 is plain words.)
        var hit = corpus.Pipeline.Searcher.Search(new SearchRequest("经贸磋商")).Hits.Single(h => h.Id == corpus.IdOf("004"));
        Assert.NotEmpty(hit.Highlights);
        Assert.All(hit.Highlights, span => Assert.Equal("經貿磋商", hit.Snippet.Substring(span.Start - hit.SnippetStart, span.Length)));
    }

    [Theory]
    [InlineData("稀")]
    [InlineData("土")]
    public void One_character_finds_every_article_it_stands_in_inside_lexicon_names_too(string character)
    {
        // 稀土 is a lexicon name, kept whole in the word field: the character alone is found there too.
        var chinese = ChineseSeeds.Where(seed => SeedCorpus.Read(seed).Contains(character, StringComparison.Ordinal)).ToList();
        Assert.Equal(5, chinese.Count);
        var hits = corpus.Pipeline.Searcher.Search(new SearchRequest(character, "zh", Limit: 100)).Hits;

        Assert.Equal(chinese.Select(corpus.IdOf).Order(), hits.Select(h => h.Id).Order());
        // What is marked is the character, also inside a name, not the name it stands in.
        Assert.All(hits, hit =>
        {
            Assert.NotEmpty(hit.Highlights);
            Assert.All(hit.Highlights, span => Assert.Equal(character, hit.Snippet.Substring(span.Start - hit.SnippetStart, span.Length)));
        });
    }

    [Fact]
    public void The_language_filter_keeps_one_language()
    {
        Assert.All(corpus.Pipeline.Searcher.Search(new SearchRequest("稀土 OR rare", "zh", Limit: 100)).Hits, h => Assert.Equal("zh", h.Language));
        Assert.All(corpus.Pipeline.Searcher.Search(new SearchRequest("稀土 OR rare", "en", Limit: 100)).Hits, h => Assert.Equal("en", h.Language));
    }

    [Fact]
    public void English_element_names_find_the_chinese_articles_in_both_scripts()
    {
        Assert.Contains(corpus.IdOf("001"), Ids("NdPr", "zh")); // 钕镨, Simplified
        var ids = Ids("neodymium");
        Assert.Contains(corpus.IdOf("003"), ids); // 釹, Traditional
        Assert.Contains(corpus.IdOf("004"), ids);
        var hit = corpus.Pipeline.Searcher.Search(new SearchRequest("neodymium", "zh", Limit: 100)).Hits.Single(h => h.Id == corpus.IdOf("003"));
        Assert.Contains(hit.Highlights, span => hit.Snippet.Substring(span.Start - hit.SnippetStart, span.Length) == "釹");
    }

    [Fact]
    public void A_traditional_company_name_finds_the_english_articles()
    {
        var ids = Ids("萊納斯", "en");
        Assert.Contains(corpus.IdOf("en_08"), ids);
        Assert.Contains(corpus.IdOf("en_10"), ids);
    }

    [Fact]
    public void An_english_company_name_finds_the_chinese_spelling()
    {
        // 002 writes MP材料 and never "MP Materials".
        Assert.Contains(corpus.IdOf("002"), Ids("MP Materials", "zh"));
        Assert.DoesNotContain(corpus.IdOf("002"), Ids("\"MP Materials\"", "zh"));
    }

    [Fact]
    public void Entity_facets_count_the_matching_documents_and_filter_them()
    {
        var results = corpus.Pipeline.Searcher.Search(new SearchRequest("稀土 OR rare", Limit: 100));
        var lynas = Assert.Single(results.EntityFacets, f => f.Value == "lynas");
        Assert.InRange(lynas.Count, 2, results.TotalHits - 1);

        var narrowed = corpus.Pipeline.Searcher.Search(new SearchRequest("稀土 OR rare", Limit: 100, Entity: "lynas"));
        Assert.Equal(lynas.Count, narrowed.TotalHits);
    }

    [Fact]
    public void An_untitled_article_is_headed_by_the_start_of_its_first_line()
    {
        var hits = corpus.Pipeline.Searcher.Search(new SearchRequest("穿透式管控 OR refining", Limit: 100)).Hits;

        var untitled = hits.Single(h => h.Id == corpus.IdOf("003"));
        Assert.Null(untitled.Title);
        Assert.StartsWith("近期，中國政府", untitled.Heading, StringComparison.Ordinal);
        Assert.EndsWith("…", untitled.Heading, StringComparison.Ordinal);
        Assert.All(hits.Where(h => h.Title is not null), h => Assert.Equal(h.Title, h.Heading));
    }
}
