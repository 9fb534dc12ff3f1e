using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// Finds where the CJK bigram field matched by searching the hit's text, so that field needs no
/// term vectors (they cost more than the rest of indexing). A bigram phrase is a run of characters
/// that stand together in the text, and normalization keeps the text's length, so the run is
/// found with a plain search in the normalized text and mapped back to the original.
/// </summary>
internal static class BigramHighlighter
{
    public static void Find(NormalizedText text, IReadOnlyList<HighlightPhrase> phrases, IReadOnlyList<string> prefixes, List<TextSpan> spans)
    {
        foreach (var phrase in phrases)
        {
            if (Spell(phrase) is { } run)
            {
                // A lone character is indexed alone only where no other CJK character touches it.
                AddOccurrences(text, run, spans, mustStandAlone: run.Length == 1, extendToBigram: false);
            }
        }
        foreach (var prefix in prefixes)
        {
            AddOccurrences(text, prefix, spans, mustStandAlone: false, extendToBigram: true);
        }
    }

    /// <summary>
    /// Finds phrases of the word field that are made of Han characters alone, standing at
    /// consecutive positions, as runs of the normalized text, the way bigram phrases are found:
    /// a Chinese query is highlighted without segmenting the hit's text again. Returns false, and
    /// adds nothing, when a phrase has another character, a gap or, unless
    /// <paramref name="everyCharacterIsAWord"/>, a single character, which only the analyzer places.
    /// </summary>
    /// <param name="everyCharacterIsAWord">
    /// Whether the text was segmented one word per Han character (<see cref="ChineseSegmenter.Characters"/>),
    /// where a search for one character finds it wherever it stands, lexicon names included.
    /// </param>
    public static bool TryFindHanWords(NormalizedText text, IReadOnlyList<HighlightPhrase> phrases, List<TextSpan> spans, bool everyCharacterIsAWord = false)
    {
        var runs = new List<string>(phrases.Count);
        foreach (var phrase in phrases)
        {
            if (HanRun(phrase) is not { } run || (run.Length < 2 && !everyCharacterIsAWord))
            {
                return false;
            }
            runs.Add(run);
        }
        foreach (var run in runs)
        {
            AddOccurrences(text, run, spans, mustStandAlone: false, extendToBigram: false);
        }
        return true;
    }

    private static string? HanRun(HighlightPhrase phrase)
    {
        if (!phrase.IsConsecutive)
        {
            return null;
        }
        var run = new System.Text.StringBuilder();
        foreach (var (term, _) in phrase.Terms)
        {
            if (term.Length == 0 || !term.All(WordTokenizer.IsHan))
            {
                return null;
            }
            run.Append(term);
        }
        return run.ToString();
    }

    /// <summary>The characters a phrase of bigrams spells ("出口 口管 管制" spells 出口管制), or null if its terms do not chain.</summary>
    internal static string? Spell(HighlightPhrase phrase)
    {
        var terms = phrase.Terms;
        if (terms.Count == 0)
        {
            return null;
        }
        var run = terms[0].Term;
        for (var i = 1; i < terms.Count; i++)
        {
            var (term, position) = terms[i];
            var consecutive = position == terms[i - 1].Position + 1;
            if (!consecutive || term.Length != 2 || run[^1] != term[0])
            {
                return null;
            }
            run += term[1];
        }
        return run;
    }

    private static void AddOccurrences(NormalizedText text, string run, List<TextSpan> spans, bool mustStandAlone, bool extendToBigram)
    {
        var normalized = text.Text;
        for (var at = normalized.IndexOf(run, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(run, at + 1, StringComparison.Ordinal))
        {
            var end = at + run.Length;
            if (mustStandAlone && (IsCjkAt(normalized, at - 1) || IsCjkAt(normalized, end)))
            {
                continue;
            }
            if (extendToBigram && run.Length == 1 && IsCjkAt(normalized, end))
            {
                end++;
            }
            var (start, originalEnd) = text.Map.ToOriginal(at, end);
            spans.Add(new TextSpan(start, originalEnd));
        }
    }

    private static bool IsCjkAt(string text, int index) =>
        index >= 0 && index < text.Length && WordTokenizer.IsHan(text[index]);
}
