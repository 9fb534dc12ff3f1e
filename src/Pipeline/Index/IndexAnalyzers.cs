using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>The analyzers of every field, shared by indexing, querying and highlighting.</summary>
public sealed class IndexAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public IndexAnalyzers(TextNormalizer normalizer, ProtectedTerms protectedTerms, ChineseSegmenter segmenter = ChineseSegmenter.Icu)
    {
        Normalizer = normalizer;
        Segmenter = segmenter;
        Words = new WordAnalyzer(normalizer, protectedTerms, segmenter);
        Bigrams = new BigramAnalyzer(normalizer);
        Keywords = new KeywordFoldingAnalyzer();
        var perField = new Dictionary<string, Analyzer> { [IndexFields.BodyBigrams] = Bigrams };
        foreach (var field in IndexFields.Keywords)
        {
            perField[field] = Keywords;
        }
        PerField = new PerFieldAnalyzerWrapper(Words, perField);
    }

    public static IndexAnalyzers CreateDefault(ProtectedTerms? protectedTerms = null, ChineseSegmenter segmenter = ChineseSegmenter.Icu) =>
        new(TextNormalizer.Default, protectedTerms ?? ProtectedTerms.None, segmenter);

    /// <summary>How the word field splits Chinese text.</summary>
    public ChineseSegmenter Segmenter { get; }

    /// <summary>The normalization every analyzer applies; highlighting applies it to a hit's text.</summary>
    public TextNormalizer Normalizer { get; }

    public Analyzer Words { get; }

    public Analyzer Bigrams { get; }

    public Analyzer Keywords { get; }

    /// <summary>Routes each field to its analyzer; what the writer and the query parser use.</summary>
    public Analyzer PerField { get; }

    public void Dispose()
    {
        PerField.Dispose();
        Words.Dispose();
        Bigrams.Dispose();
        Keywords.Dispose();
    }
}
