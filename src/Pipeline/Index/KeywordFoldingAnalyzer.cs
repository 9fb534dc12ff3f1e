using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace Pipeline.Index;

/// <summary>A whole value as one lower-case term, so lang:ZH and script:hant match.</summary>
public sealed class KeywordFoldingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(IndexAnalyzers.Version, tokenizer));
    }
}
