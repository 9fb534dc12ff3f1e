using Pipeline.Index;

namespace Pipeline.Tests.Index;

public sealed class BigramAnalyzerTests : IDisposable
{
    private readonly IndexAnalyzers _analyzers = IndexAnalyzers.CreateDefault();

    [Fact]
    public void Cjk_runs_become_overlapping_pairs_in_simplified_script()
    {
        Assert.Equal("稀土 土精 精炼", _analyzers.Bigrams.Terms("稀土精煉", IndexFields.BodyBigrams));
    }

    [Fact]
    public void Latin_words_are_left_to_the_word_field()
    {
        Assert.Equal("稀土", _analyzers.Bigrams.Terms("MP Materials 稀土", IndexFields.BodyBigrams));
    }

    [Theory]
    [InlineData("MP Materials said on Oct. 9 — “not yet” — that prices rose 5%.")]
    [InlineData("MP Materials 稀土")]
    [InlineData("釹鐵硼")]
    [InlineData("한국 희토류")]
    [InlineData("レアアース")]
    [InlineData("𠀀 (an extension-B character)")]
    public void Text_is_given_the_bigram_field_exactly_when_it_makes_grams(string text)
    {
        Assert.Equal(_analyzers.Bigrams.Terms(text, IndexFields.BodyBigrams).Length > 0, BigramAnalyzer.MakesGrams(text));
    }

    public void Dispose() => _analyzers.Dispose();
}
