using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Pipeline.Index;
using Pipeline.Tests.Infrastructure;
using Pipeline.Text;

namespace Pipeline.Tests.Index;

/// <summary>The word field's stop filter, which skips tokens that cannot be stop words, against Lucene's StopFilter.</summary>
public sealed class EnglishStopFilterTests
{
    [Theory]
    [InlineData(ChineseSegmenter.Characters)]
    [InlineData(ChineseSegmenter.Icu)]
    public void Every_line_of_the_corpus_and_the_real_articles_gives_the_tokens_of_lucenes_stop_filter(ChineseSegmenter segmenter)
    {
        using var ours = new WordAnalyzer(TextNormalizer.Default, ProtectedTerms.None, segmenter);
        using var lucenes = new LuceneStopChain(segmenter);
        var compared = 0;
        foreach (var line in SeedCorpus.CorpusAndDevNewsFiles().SelectMany(File.ReadLines).Where(l => l.Length > 0))
        {
            var expected = Tokens(lucenes, line);
            Assert.Equal(expected, Tokens(ours, line));
            compared += expected.Count;
        }
        Assert.True(compared > 10_000, $"only {compared} tokens compared");
    }

    [Fact]
    public void Stop_words_go_and_their_place_is_kept()
    {
        using var ours = new WordAnalyzer(TextNormalizer.Default, ProtectedTerms.None);

        Assert.Equal([("price", 2), ("floor", 3)], Tokens(ours, "The price of the floor").Select(t => (t.Term, t.Increment)));
    }

    private static List<(string Term, int Start, int End, int Increment)> Tokens(Analyzer analyzer, string text) => analyzer.TokensWithIncrements(text);

    /// <summary>The word field's chain as it was, with Lucene's StopFilter.</summary>
    private sealed class LuceneStopChain(ChineseSegmenter segmenter) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WordTokenizer(reader, TextNormalizer.Default, ProtectedTerms.None, segmenter);
            TokenStream stream = new EnglishPossessiveFilter(IndexAnalyzers.Version, tokenizer);
            stream = new StopFilter(IndexAnalyzers.Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
