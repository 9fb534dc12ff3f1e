using Lucene.Net.Analysis;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// Overlapping pairs of CJK characters, normalized, and nothing else: a query finds any
/// text that contains it character for character, however ICU segmented either side.
/// </summary>
/// <param name="runEndsAlone">Whether the last character of a run is also a token alone (see <see cref="BigramTokenizer"/>).</param>
/// <param name="concepts">For the index: the concepts to mark (<see cref="ConceptTokenFilter"/>).</param>
public sealed class BigramAnalyzer(TextNormalizer normalizer, bool runEndsAlone = false, ConceptRules? concepts = null) : Analyzer
{
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
        var tokenizer = new BigramTokenizer(reader, normalizer, runEndsAlone);
        return concepts is { IsEmpty: false } ? new(tokenizer, new ConceptTokenFilter(tokenizer, concepts)) : new(tokenizer);
    }
}
