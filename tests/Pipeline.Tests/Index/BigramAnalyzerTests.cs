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

    public void Dispose() => _analyzers.Dispose();
}
