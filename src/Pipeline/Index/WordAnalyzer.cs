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
/// <param name="concepts">For the index: the concepts to mark (<see cref="ConceptTokenFilter"/>), read from the words before they are stemmed.</param>
/// <param name="stem">False to read the concepts' names, whose words are matched by their inflections, not their stems.</param>
public sealed class WordAnalyzer(TextNormalizer normalizer, ProtectedTerms protectedTerms, ChineseSegmenter segmenter = ChineseSegmenter.Characters,
    bool loneHan = true, ConceptRules? concepts = null, bool stem = true) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader, normalizer, protectedTerms, segmenter, loneHan);
        TokenStream stream = new EnglishPossessiveFilter(IndexAnalyzers.Version, tokenizer);
        stream = new EnglishStopFilter(stream);
        if (concepts is { IsEmpty: false })
        {
            stream = new ConceptTokenFilter(stream, concepts);
        }
        if (stem)
        {
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
