namespace Pipeline.Index;

/// <summary>
/// The stretches of a hit's text that can hold the words highlighting looks for, cut where the
/// word analyzer reads each side the same alone as within the whole text. Highlighting an English
/// word in a Chinese article then analyzes its few Latin stretches, not every Chinese sentence
/// through ICU's dictionary.
/// </summary>
/// <remarks>
/// A cut falls between a Han character and ASCII or CJK punctuation (、。「」):
/// <list type="bullet">
/// <item>ICU's word rules break there on both sides, as at the start or end of a text: no rule
/// joins Han to them, and its dictionary reads a run of Han characters as a whole, up to where
/// they stop;</item>
/// <item>the normalizer maps each character alone, so a stretch normalizes to its part of the whole;</item>
/// <item>no protected term (MP材料) spans the cut: pairs that one holds side by side are never cut.</item>
/// </list>
/// SmartCn reads a whole sentence at once, Latin words included, so with it nothing is cut.
/// A stretch is read if it can hold a wanted word: a Latin one (any word without a Han character)
/// where the stretch has a letter or digit other than Han, a Chinese one where the stretch holds
/// its run of Han characters, which no filter after the segmenter changes. Neighbouring stretches
/// are read together, so positions between them stay those of the whole text.
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
    /// original too: the caller checks the map is the identity). A stretch left out between two
    /// read ones holds at least one word, so no phrase spans it.
    /// </summary>
    public static List<(int Start, int End)> Wanted(string normalized, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, ProtectedTerms protectedTerms)
    {
        var latinWanted = false;
        var hanRuns = new List<string>();
        foreach (var term in terms.Concat(prefixes))
        {
            if (FirstHanRun(term) is { } run)
            {
                hanRuns.Add(run);
            }
            else
            {
                latinWanted = true;
            }
        }

        var read = new List<(int Start, int End)>();
        var stretchStart = 0;
        int? readFrom = null;
        for (var at = 1; at <= normalized.Length; at++)
        {
            if (at < normalized.Length && !IsCut(normalized, at, protectedTerms))
            {
                continue;
            }
            var stretch = normalized.AsSpan(stretchStart, at - stretchStart);
            if (!WordTokenizer.HasLetterOrDigit(stretch))
            {
                // No word here: it joins whichever read stretch it touches.
            }
            else if (CanHold(stretch, latinWanted, hanRuns))
            {
                readFrom ??= stretchStart;
            }
            else if (readFrom is { } from)
            {
                read.Add((from, stretchStart));
                readFrom = null;
            }
            stretchStart = at;
        }
        if (readFrom is { } last)
        {
            read.Add((last, normalized.Length));
        }
        return read;
    }

    private static bool IsCut(string text, int at, ProtectedTerms protectedTerms)
    {
        var (before, after) = (text[at - 1], text[at]);
        var cut = WordTokenizer.IsHan(before) ? IsPlainNeighbour(after) : WordTokenizer.IsHan(after) && IsPlainNeighbour(before);
        return cut && !protectedTerms.HoldsSideBySide(before, after);
    }

    /// <summary>ASCII, or CJK punctuation and spaces: never part of a word, never read by ICU's dictionary.</summary>
    private static bool IsPlainNeighbour(char c) =>
        c < '\u0080' || c is >= '\u3000' and <= '\u3004' or >= '\u3008' and <= '\u3011' or >= '\u3014' and <= '\u301F';

    private static bool CanHold(ReadOnlySpan<char> stretch, bool latinWanted, List<string> hanRuns)
    {
        if (latinWanted)
        {
            foreach (var c in stretch)
            {
                if (char.IsLetterOrDigit(c) && !WordTokenizer.IsHan(c))
                {
                    return true;
                }
            }
        }
        foreach (var run in hanRuns)
        {
            if (stretch.Contains(run, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

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
