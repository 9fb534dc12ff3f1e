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

    /// <summary>
    /// Whether <paramref name="text"/> holds a character this analyzer can make a gram of (Han,
    /// kana, Hangul, and surrogates for the Han extensions); English text holds none.
    /// </summary>
    public static bool MakesGrams(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u2E80', '\u9FFF')
        || text.ContainsAnyInRange('\uAC00', '\uDBFF')
        || text.ContainsAnyInRange('\uF900', '\uFAFF')
        || text.ContainsAnyInRange('\u1100', '\u11FF')
        || text.ContainsAnyInRange('\uFF65', '\uFF9F');

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
