using Pipeline.Index;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

/// <summary>
/// Search widened by the shipped lexicon's concepts and families, over short articles in the
/// team's own words in the three scripts.
/// </summary>
public sealed class ConceptSearchTests : IDisposable
{
    private readonly IngestionHarness _pipeline = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task A_concept_finds_its_other_names_in_every_script()
    {
        await IngestAsync();

        // The index marks the lexicon's concepts: a concept is one term to look up.
        Assert.True(_pipeline.Index.Search(_pipeline.Index.MarksConcepts));
        Assert.Equal(["en_minimum", "en_words", "hans_floor", "hant_floor"], await FilesAsync("price floor"));
        Assert.Equal(["en_minimum", "en_words", "hans_floor", "hant_floor"], await FilesAsync("價格下限"));
        Assert.Equal(["en_minimum", "en_words", "hans_floor", "hant_floor"], await FilesAsync("保底价"));
    }

    [Fact]
    public async Task A_quoted_concept_name_matches_only_the_words_as_written()
    {
        await IngestAsync();

        Assert.Equal(["en_words"], await FilesAsync("\"price floor\""));
    }

    [Fact]
    public async Task A_part_finds_the_whole_ranked_below_the_documents_that_name_it()
    {
        await IngestAsync();

        var ranked = await FilesAsync("neodymium", ordered: true);

        Assert.Equal("en_neodymium", ranked[0]);
        Assert.Contains("hans_ndpr", ranked);
        Assert.True(ranked.IndexOf("hans_ndpr") > ranked.IndexOf("en_neodymium"));
        // NdPr is a whole of neodymium, not a part: a search for NdPr does not widen to neodymium.
        Assert.DoesNotContain("en_neodymium", await FilesAsync("NdPr"));
    }

    [Fact]
    public async Task An_entity_name_finds_where_the_entity_is_named_not_its_characters_inside_another_name()
    {
        _input.Write("hans_country.txt", "出口管制\n\n中国加强了对稀土技术的出口管制。\n");
        _input.Write("hans_company.txt", "集团重组\n\n中国稀土集团宣布完成重组。\n");
        _input.Write("en_title.txt", "Lynas lifts output\n\nThe miner said its Malaysian plant ran at full rate.\n");
        await _pipeline.IngestAsync(_input.Path);

        // 中国 inside 中国稀土集团 is part of the company's name, not a mention of the country.
        Assert.Equal(["hans_country"], await FilesAsync("中国"));
        Assert.Equal(["hans_country"], await FilesAsync("China"));
        Assert.Equal(["hans_company"], await FilesAsync("中國稀土集團"));
        Assert.Equal(["en_title"], await FilesAsync("Lynas"));
    }

    [Fact]
    public async Task Names_rank_an_article_alike_whatever_the_language_of_its_title()
    {
        // The same entities, as often, in each: only the title's language differs from the query's.
        _input.Write("hans_japan.txt", "稀土出口\n\n日本依赖中国稀土。日本正在寻找新的来源。\n");
        _input.Write("en_japan.txt", "Rare earth exports\n\nJapan relies on China for rare earths. Japan is looking for new sources.\n");
        await _pipeline.IngestAsync(_input.Path);

        var hits = _pipeline.Searcher.Search(new SearchRequest("日本 稀土")).Hits;

        Assert.Equal(2, hits.Count);
        Assert.Equal(hits[0].Score, hits[1].Score, 5);
    }

    [Fact]
    public async Task A_concept_finds_and_marks_its_names_in_their_inflections_not_words_that_share_their_stems()
    {
        _input.Write("en_according.txt", "Oxide prices\n\nOxide prices rose again, according to traders in Baotou.\n");
        _input.Write("en_accords.txt", "Offtake signed\n\nAccording to the company, both accords cover ten years of oxide.\n");
        _input.Write("en_separately.txt", "Quotas\n\nSeparately, the ministry set this year's mining quota.\n");
        _input.Write("en_refined.txt", "Lynas output\n\nLynas refined more oxide in Malaysia this year.\n");
        await _pipeline.IngestAsync(_input.Path);

        // accord, the noun, is a name of an agreement; according, which Porter stems alike, is not.
        Assert.Equal(["en_accords"], await FilesAsync("agreement"));
        var hit = Assert.Single(_pipeline.Searcher.Search(new SearchRequest("agreement")).Hits);
        var text = (await _pipeline.DocumentAsync(hit.Id)).Text;
        Assert.Equal(["accords"], hit.Highlights.Select(h => text[h.Start..h.End]));
        // refining matches refined, a form of its verb, not Separately (separation's stem).
        var refined = Assert.Single(_pipeline.Searcher.Search(new SearchRequest("refining")).Hits);
        text = (await _pipeline.DocumentAsync(refined.Id)).Text;
        Assert.Equal(["refined"], refined.Highlights.Select(h => text[h.Start..h.End]));
    }

    public void Dispose()
    {
        _pipeline.Dispose();
        _input.Dispose();
    }

    private async Task IngestAsync()
    {
        _input.Write("en_minimum.txt", "Pentagon deal\n\nThe Pentagon guaranteed a minimum price for the miner's oxide for ten years.\n");
        _input.Write("en_words.txt", "Floors\n\nAnalysts doubt that a price floor can hold when Chinese supply surges.\n");
        _input.Write("hans_floor.txt", "国防部协议\n\n国防部承诺以保底价采购该公司产品，期限十年。\n");
        _input.Write("hant_floor.txt", "美國協議\n\n美國為稀土產品設定價格下限，以穩定市場。\n");
        _input.Write("en_neodymium.txt", "Magnet metals\n\nNeodymium supply tightened again this quarter.\n");
        _input.Write("hans_ndpr.txt", "氧化物价格\n\n本周镨钕氧化物价格上涨。\n");
        await _pipeline.IngestAsync(_input.Path);
    }

    private async Task<List<string>> FilesAsync(string query, bool ordered = false)
    {
        var hits = _pipeline.Searcher.Search(new SearchRequest(query, Limit: 100)).Hits;
        var files = new List<string>();
        foreach (var hit in hits)
        {
            files.Add(Path.GetFileNameWithoutExtension((await _pipeline.DocumentAsync(hit.Id)).Source));
        }
        return ordered ? files : [.. files.Order(StringComparer.Ordinal)];
    }
}
