using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Sources;
using Pipeline.Tests.Infrastructure;
using Pipeline.Text;

namespace Pipeline.Tests.Index;

/// <summary>
/// The word tokenizer marks words without a Latin letter as keywords, so Porter's stemmer skips
/// them: the words must be those the stemmer gives when it reads every word.
/// </summary>
public sealed class WordStemmingTests
{
    private static readonly ProtectedTerms Protected = Lexicon.Load(SeedCorpus.ConfigFolder).ProtectedTerms;

    [Fact]
    public void Skipping_words_without_a_latin_letter_changes_no_word_of_any_corpus_or_dev_news_text()
    {
        using var words = new WordAnalyzer(TextNormalizer.Default, Protected);
        using var stemEverything = new StemEveryWord();
        var files = SeedCorpus.CorpusAndDevNewsFiles();
        Assert.True(files.Count > 40);
        foreach (var file in files)
        {
            var text = DocumentReader.Read(file, File.ReadAllBytes(file)).Text;
            Assert.Equal(stemEverything.Tokens(text), words.Tokens(text));
        }
    }

    [Theory]
    [InlineData("refining 精煉 2025 éé ÜBER naïve 稀土s")]
    public void Latin_words_are_stemmed_and_the_rest_kept(string text)
    {
        using var words = new WordAnalyzer(TextNormalizer.Default, Protected);
        using var stemEverything = new StemEveryWord();

        Assert.Equal(stemEverything.Terms(text), words.Terms(text));
        Assert.Contains("refin", words.Terms(text).Split(' '));
    }

    /// <summary>The word field's chain with every keyword mark cleared before the stemmer.</summary>
    private sealed class StemEveryWord : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WordTokenizer(reader, TextNormalizer.Default, Protected);
            TokenStream stream = new EnglishPossessiveFilter(IndexAnalyzers.Version, tokenizer);
            stream = new StopFilter(IndexAnalyzers.Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new NoKeywords(stream);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }
    }

    private sealed class NoKeywords(TokenStream input) : TokenFilter(input)
    {
        private readonly IKeywordAttribute _keyword = input.AddAttribute<IKeywordAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }
            _keyword.IsKeyword = false;
            return true;
        }
    }
}
