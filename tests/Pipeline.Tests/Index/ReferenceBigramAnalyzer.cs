using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Pipeline.Index;
using Pipeline.Text;

namespace Pipeline.Tests.Index;

/// <summary>
/// The bigram field's former analysis chain, built from Lucene's own parts: StandardTokenizer,
/// script folding, CJKBigramFilter, and a filter keeping only the grams. BigramTokenizer must
/// give exactly its tokens.
/// </summary>
internal sealed class ReferenceBigramAnalyzer(TextNormalizer normalizer) : Analyzer
{
    private static readonly HashSet<string> GramTypes = [BigramTokenizer.DoubleType, BigramTokenizer.SingleType];

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexAnalyzers.Version, reader);
        TokenStream stream = new ScriptFoldingFilter(tokenizer, normalizer);
        stream = new CJKBigramFilter(stream);
        stream = new TypeTokenFilter(IndexAnalyzers.Version, stream, GramTypes, useWhiteList: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
