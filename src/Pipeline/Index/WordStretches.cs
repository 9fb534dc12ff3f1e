namespace Pipeline.Index;

/// <summary>
/// The stretches of a hit's text that can hold the words highlighting looks for, cut where the
/// word analyzer reads each side the same alone as within the whole text. Highlighting an English
/// word in a Chinese article then analyzes its few Latin stretches, not every Chinese sentence
/// through ICU's dictionary, and highlighting "refining" in an English article the few words that
/// could be it, not the whole article.
/// </summary>
/// <remarks>
/// A cut falls between a Han character and ASCII or CJK punctuation (、。「」), and between a space
/// and an ASCII letter or digit (<see cref="IsCut"/>):
/// <list type="bullet">
/// <item>ICU's word rules break there on both sides, as at the start or end of a text: no rule
/// joins Han to them or looks across a space, and its dictionary reads a run of Han characters as
/// a whole, up to where they stop;</item>
/// <item>the normalizer maps each character alone, so a stretch normalizes to its part of the whole;</item>
/// <item>no protected term (MP材料) spans the cut: pairs that one holds side by side are never cut,
/// and none holds a space.</item>
/// </list>
/// SmartCn reads a whole sentence at once, Latin words included, so with it nothing is cut.
/// Neighbouring stretches are read together, so positions between them stay those of the whole text.
/// </remarks>
internal static class WordStretches
{
    /// <summary>
    /// The stretches of <paramref name="text"/> that can hold the words wanted, or the whole text
    /// where a stretch cannot be read alone: with SmartCn, where normalizing changed the text's
    /// length, or where a phrase skips a position (a stop word within it), which a stretch left
    /// out could fill.
    /// </summary>
    public static List<(int Start, int End)> ToRead(string text, Text.NormalizedText normalized,
        IReadOnlyList<HighlightPhrase> phrases, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, IndexAnalyzers analyzers)
    {
        var cannotCut = analyzers.Segmenter == ChineseSegmenter.SmartCn || !normalized.Map.IsIdentity || !phrases.All(p => p.IsConsecutive);
        return cannotCut ? [(0, text.Length)] : Wanted(normalized.Text, terms, prefixes, analyzers.ProtectedTerms);
    }

    /// <summary>
    /// The stretches to analyze, in order, as [start, end) of <paramref name="normalized"/> (of the
    /// original too: the caller checks the map is the identity). Each is found from where a key of
    /// a wanted word stands (<see cref="Keys"/>), widened to the cuts either side, and joined to the
    /// next where no word lies between them (<see cref="Joined"/>): a stretch left out between two
    /// read ones holds at least one word, so no phrase spans it. Only the key of a one-letter term
    /// (e, i or l, <see cref="KeyOf"/>) is empty; then the whole text is read.
    /// </summary>
    public static List<(int Start, int End)> Wanted(string normalized, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, ProtectedTerms protectedTerms)
    {
        var found = new List<(int Start, int End)>();
        foreach (var key in Keys(terms, prefixes))
        {
            if (key.Length == 0)
            {
                return [(0, normalized.Length)];
            }
            for (var at = normalized.IndexOf(key, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(key, at, StringComparison.Ordinal))
            {
                var stretch = Enclosing(normalized, at, at + key.Length, protectedTerms);
                found.Add(stretch);
                // The rest of this stretch is read anyway.
                at = stretch.End;
            }
        }
        return Joined(normalized, found);
    }

    /// <summary>What a stretch holding a wanted word or a word with a wanted prefix must contain (<see cref="KeyOf"/>).</summary>
    private static IEnumerable<string> Keys(IReadOnlySet<string> terms, IReadOnlyList<string> prefixes) =>
        terms.Concat(prefixes).Select(KeyOf).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// What the normalized text of a word analyzed to <paramref name="term"/> (or to a term starting
    /// with it) contains:
    /// <list type="bullet">
    /// <item>for a Chinese word (any with a Han character), its first run of Han characters, which
    /// no filter after the segmenter changes;</item>
    /// <item>for a Latin word, the term itself, or all but its last letter where that is an e, i or l:
    /// Porter's stemmer rewrites only a word's ending and leaves no more than its last letter
    /// foreign to the word, which is then one of those (happy gives happi, hoping hope, nobility
    /// nobl); <c>WordStretchesTests</c> holds it to that over every ending it rewrites and every
    /// word of the corpus. The possessive filter only cuts 's.</item>
    /// </list>
    /// </summary>
    internal static string KeyOf(string term) =>
        FirstHanRun(term) ?? (term.Length > 0 && term[^1] is 'e' or 'i' or 'l' ? term[..^1] : term);

    /// <summary>The stretch around [<paramref name="start"/>, <paramref name="end"/>): from the last cut before it to the first after.</summary>
    private static (int Start, int End) Enclosing(string normalized, int start, int end, ProtectedTerms protectedTerms)
    {
        while (start > 0 && !IsCut(normalized, start, protectedTerms))
        {
            start--;
        }
        while (end < normalized.Length && !IsCut(normalized, end, protectedTerms))
        {
            end++;
        }
        return (start, end);
    }

    /// <summary>
    /// The stretches in text order, those that overlap or touch joined, and so are those apart by
    /// no word (only spaces and punctuation), where a phrase could span the gap, or by fewer than
    /// <see cref="ShortGap"/> characters, cheaper to read than to start another reading for.
    /// </summary>
    private static List<(int Start, int End)> Joined(string normalized, List<(int Start, int End)> found)
    {
        found.Sort();
        var joined = new List<(int Start, int End)>(found.Count);
        foreach (var (start, end) in found)
        {
            if (joined.Count > 0 && joined[^1] is var (lastStart, lastEnd)
                && (start - lastEnd < ShortGap || !WordTokenizer.HasLetterOrDigit(normalized.AsSpan(lastEnd, start - lastEnd))))
            {
                joined[^1] = (lastStart, Math.Max(lastEnd, end));
            }
            else
            {
                joined.Add((start, end));
            }
        }
        return joined;
    }

    private const int ShortGap = 64;

    /// <summary>
    /// Whether the word analyzer reads the text on each side of <paramref name="at"/> alone as it does within the whole:
    /// <list type="bullet">
    /// <item>between a Han character and ASCII or CJK punctuation or space (see the remarks);</item>
    /// <item>between a space or line break and an ASCII letter or digit: ICU's word rules break on
    /// both sides of a space and none looks across one, and no protected term holds a space (words
    /// are glued only where they touch).</item>
    /// </list>
    /// </summary>
    private static bool IsCut(string text, int at, ProtectedTerms protectedTerms)
    {
        var (before, after) = (text[at - 1], text[at]);
        if (before is ' ' or '\t' or '\n' or '\r' && char.IsAsciiLetterOrDigit(after))
        {
            return true;
        }
        var cut = WordTokenizer.IsHan(before) ? IsPlainNeighbour(after) : WordTokenizer.IsHan(after) && IsPlainNeighbour(before);
        return cut && !protectedTerms.HoldsSideBySide(before, after);
    }

    /// <summary>ASCII, or CJK punctuation and spaces: never part of a word, never read by ICU's dictionary.</summary>
    private static bool IsPlainNeighbour(char c) =>
        c < '\u0080' || c is >= '\u3000' and <= '\u3004' or >= '\u3008' and <= '\u3011' or >= '\u3014' and <= '\u301F';

    /// <summary>The first run of Han characters in a term, or null if it has none.</summary>
    private static string? FirstHanRun(string term)
    {
        var start = 0;
        while (start < term.Length && !WordTokenizer.IsHan(term[start]))
        {
            start++;
        }
        var end = start;
        while (end < term.Length && WordTokenizer.IsHan(term[end]))
        {
            end++;
        }
        return start == end ? null : term[start..end];
    }
}
