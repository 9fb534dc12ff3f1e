using Pipeline.Index;

namespace Pipeline.Tests.Index;

public sealed class WordAnalyzerTests : IDisposable
{
    private readonly IndexAnalyzers _analyzers = IndexAnalyzers.CreateDefault(new ProtectedTerms(["特朗普"]));

    [Fact]
    public void With_icu_simplified_text_is_split_into_dictionary_words()
    {
        using var icu = IndexAnalyzers.CreateDefault(segmenter: ChineseSegmenter.Icu);
        Assert.Equal("稀土 精炼", icu.Words.Terms("稀土精炼"));
    }

    [Fact]
    public void Traditional_text_gives_the_same_words_as_simplified()
    {
        Assert.Equal(_analyzers.Words.Terms("稀土精炼产能"), _analyzers.Words.Terms("稀土精煉產能"));
    }

    [Fact]
    public void Full_width_letters_and_digits_become_half_width()
    {
        Assert.Equal("mp 95", _analyzers.Words.Terms("ＭＰ ９５"));
    }

    [Fact]
    public void English_words_are_stemmed_and_stop_words_dropped()
    {
        Assert.Equal("refin capac china", _analyzers.Words.Terms("The refining capacity of China's"));
        Assert.Equal(_analyzers.Words.Terms("refine"), _analyzers.Words.Terms("refining"));
    }

    [Fact]
    public void Protected_lexicon_terms_stay_whole()
    {
        Assert.Contains("特朗普", _analyzers.Words.Terms("美国特朗普政府").Split(' '));
    }

    [Fact]
    public void Offsets_point_into_the_original_traditional_text()
    {
        const string original = "中國「稀土」精煉產能";
        foreach (var (term, start, end) in _analyzers.Words.Tokens(original))
        {
            Assert.Equal(term, Pipeline.Text.TextNormalizer.Default.NormalizeString(original[start..end]));
        }
    }

    [Fact]
    public void Squared_unit_signs_are_spelled_out_with_offsets_on_the_sign()
    {
        const string original = "价格为110美元/㎏。";
        var tokens = _analyzers.Words.Tokens(original);
        var kg = Assert.Single(tokens, t => t.Term == "kg");
        Assert.Equal("㎏", original[kg.Start..kg.End]);
    }

    public void Dispose() => _analyzers.Dispose();
}
