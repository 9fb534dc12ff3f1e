using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// Overlapping pairs of CJK characters, normalized, and nothing else: a query finds any
/// text that contains it character for character, however ICU segmented either side.
/// </summary>
public sealed class BigramAnalyzer(TextNormalizer normalizer) : Analyzer
{
    private static readonly string[] BigramTypes = ["<DOUBLE>", "<SINGLE>"];

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexAnalyzers.Version, reader);
        TokenStream stream = new ScriptFoldingFilter(tokenizer, normalizer);
        stream = new CJKBigramFilter(stream);
        // Latin words are the word field's business; keep only the CJK grams here.
        stream = new TypeTokenFilter(IndexAnalyzers.Version, stream, BigramTypes.ToHashSet(), useWhiteList: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
