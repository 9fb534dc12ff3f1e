using Pipeline.Index;

namespace Pipeline.Tests.Index;

public sealed class ConceptTokenFilterTests : IDisposable
{
    private static readonly IndexedConcept[] Concepts =
    [
        new("price-floor", ["price floor", "floor price", "价格下限", "保底价"]),
        new("refining", ["refining", "冶炼", "冶炼分离", "分离"]),
        new("quota", ["quota", "冶炼分离指标"]),
    ];

    private readonly IndexAnalyzers _analyzers = IndexAnalyzers.CreateDefault(concepts: Concepts);

    // Names of the lexicon's kind whose stems Porter shares with other words.
    private static readonly IndexAnalyzers Wide = IndexAnalyzers.CreateDefault(concepts:
    [
        new("refining", ["refining", "refinery", "separation"]),
        new("import-dependence", ["dependence", "relying on"]),
        new("agreement", ["accord", "deal"]),
        new("export-controls", ["export licences"]),
        new("reserves", ["reserves"]),
    ]);

    [Fact]
    public void An_english_name_is_marked_after_its_last_word_with_the_offsets_of_the_whole_name()
    {
        const string text = "Analysts doubt the price floors will hold.";

        var tokens = Tokens(IndexFields.Body, text);

        var concept = Assert.Single(tokens, t => t.Term.StartsWith('#'));
        Assert.Equal("#price-floor", concept.Term);
        Assert.Equal("price floors", text[concept.Start..concept.End]);
        Assert.Equal(0, concept.Increment);
        Assert.Equal("floor", tokens[tokens.IndexOf(concept) - 1].Term);
    }

    [Fact]
    public void A_traditional_name_is_marked_in_the_bigram_field_on_the_original_characters()
    {
        const string text = "美國設定價格下限，以穩定市場。";

        var concept = Assert.Single(Tokens(IndexFields.BodyBigrams, text), t => t.Term.StartsWith('#'));

        Assert.Equal("#price-floor", concept.Term);
        Assert.Equal("價格下限", text[concept.Start..concept.End]);
    }

    [Fact]
    public void A_chinese_name_broken_by_punctuation_is_not_a_name()
    {
        Assert.DoesNotContain(Tokens(IndexFields.BodyBigrams, "价格，下限"), t => t.Term.StartsWith('#'));
    }

    [Fact]
    public void A_run_s_last_character_standing_alone_in_the_index_does_not_break_a_name_that_goes_on()
    {
        using var analyzers = IndexAnalyzers.CreateDefault(concepts: [new IndexedConcept("export-control", ["出口 管制"])]);

        var concept = Assert.Single(analyzers.Indexing.TokensWithIncrements("中国宣布出口 管制措施", IndexFields.BodyBigrams), t => t.Term.StartsWith('#'));

        Assert.Equal("#export-control", concept.Term);
        Assert.Equal((4, 9), (concept.Start, concept.End));
    }

    [Fact]
    public void English_words_apart_are_not_a_name_as_they_would_not_be_a_phrase()
    {
        Assert.DoesNotContain(Tokens(IndexFields.Body, "the price of the floor"), t => t.Term.StartsWith('#'));
    }

    [Fact]
    public void Names_ending_together_mark_each_concept_once()
    {
        // 冶炼 | 冶炼分离 and 分离 (both end at 分离) | 冶炼分离指标
        var concepts = Tokens(IndexFields.BodyBigrams, "冶炼分离指标").Where(t => t.Term.StartsWith('#')).Select(t => t.Term);

        Assert.Equal(["#refining", "#refining", "#quota"], concepts);
    }

    [Fact]
    public void Queries_read_text_without_marks()
    {
        Assert.DoesNotContain(Tokens(IndexFields.Body, "price floor", _analyzers.PerField), t => t.Term.StartsWith('#'));
    }

    [Fact]
    public void The_fingerprint_changes_with_the_names_and_only_with_them()
    {
        using var same = IndexAnalyzers.CreateDefault(concepts: Concepts);
        using var other = IndexAnalyzers.CreateDefault(concepts: [.. Concepts.Take(2), new IndexedConcept("quota", ["quota", "quotas"])]);
        using var none = IndexAnalyzers.CreateDefault();

        Assert.Equal(_analyzers.ConceptFingerprint, same.ConceptFingerprint);
        Assert.NotEqual(_analyzers.ConceptFingerprint, other.ConceptFingerprint);
        Assert.Null(none.ConceptFingerprint);
        Assert.DoesNotContain(none.Indexing.TokensWithIncrements("price floor", IndexFields.Body), t => t.Term.StartsWith('#'));
    }

    [Theory]
    [InlineData("Lynas refined more oxide this year.", "refined")]
    [InlineData("The plant refines concentrate from Mount Weld.", "refines")]
    [InlineData("Both refineries stood idle.", "refineries")]
    // "on" is a stop word: the name is its verb alone.
    [InlineData("Europe relies on Chinese magnets.", "relies")]
    [InlineData("Japan relied on one supplier.", "relied")]
    [InlineData("Two new accords were signed.", "accords")]
    [InlineData("It needs an export licence now.", "export licence")]
    [InlineData("Its proven reserve is small.", "reserve")]
    public void An_english_name_matches_the_inflections_of_its_words(string text, string name)
    {
        var concept = Assert.Single(Tokens(IndexFields.Body, text, Wide.Indexing), t => t.Term.StartsWith('#'));

        Assert.Equal(name, text[concept.Start..concept.End]);
    }

    [Theory]
    [InlineData("Separately, the ministry named three firms.")]
    [InlineData("Prices vary, according to traders.")]
    [InlineData("The refinement of the rules took a year.")]
    [InlineData("Depending on demand, output may rise.")]
    [InlineData("The minister voiced a reservation about the plan.")]
    [InlineData("Dealing with the backlog took weeks.")]
    public void An_english_name_does_not_match_words_that_only_share_its_stem(string text)
    {
        Assert.DoesNotContain(Tokens(IndexFields.Body, text, Wide.Indexing), t => t.Term.StartsWith('#'));
    }

    [Theory]
    [InlineData(ChineseSegmenter.Icu)]
    [InlineData(ChineseSegmenter.SmartCn)]
    public void With_a_segmenter_the_word_field_marks_english_names_by_their_inflections(ChineseSegmenter segmenter)
    {
        using var analyzers = IndexAnalyzers.CreateDefault(segmenter: segmenter, concepts: Concepts);

        var tokens = analyzers.Indexing.TokensWithIncrements("Lynas refined more oxide; separately, it cut prices.", IndexFields.Body);

        Assert.Equal(["#refining"], tokens.Where(t => t.Term.StartsWith('#')).Select(t => t.Term));
    }

    [Fact]
    public void With_icu_the_word_field_marks_a_chinese_name_it_reads_as_one_word()
    {
        using var analyzers = IndexAnalyzers.CreateDefault(segmenter: ChineseSegmenter.Icu, concepts: Concepts);

        var concept = Assert.Single(analyzers.Indexing.TokensWithIncrements("美国宣布保底价。", IndexFields.Body), t => t.Term.StartsWith('#'));

        Assert.Equal(("#price-floor", 4, 7), (concept.Term, concept.Start, concept.End));
    }

    [Fact]
    public void A_concept_s_term_is_not_stemmed_and_the_words_around_it_are()
    {
        var tokens = Tokens(IndexFields.Body, "Analysts doubt the refining capacity.", Wide.Indexing).Select(t => t.Term).ToList();

        Assert.Equal(["analyst", "doubt", "refin", "#refining", "capac"], tokens);
    }

    public void Dispose() => _analyzers.Dispose();

    private List<(string Term, int Start, int End, int Increment)> Tokens(string field, string text, Lucene.Net.Analysis.Analyzer? analyzer = null) =>
        (analyzer ?? _analyzers.Indexing).TokensWithIncrements(text, field);
}
