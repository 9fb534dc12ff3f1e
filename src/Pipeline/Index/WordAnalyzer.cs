using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// Words of either language: ICU or SmartCn segmentation of the normalized text, then English
/// possessives, stop words and Porter stemming (which leave Chinese words alone).
/// </summary>
/// <param name="loneHan">Whether a Han character that is a word alone is a token (see <see cref="WordTokenizer"/>).</param>
public sealed class WordAnalyzer(TextNormalizer normalizer, ProtectedTerms protectedTerms, ChineseSegmenter segmenter = ChineseSegmenter.Characters, bool loneHan = true) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader, normalizer, protectedTerms, segmenter, loneHan);
        TokenStream stream = new EnglishPossessiveFilter(IndexAnalyzers.Version, tokenizer);
        stream = new EnglishStopFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
