using System.Collections.Frozen;

namespace Pipeline.Extraction.Values;

/// <summary>
/// Fractions that state a share, read as percentages: 三分之一 (≈33.3%), 四分之三 (75%), 一半 (50%),
/// "a third of", "two-thirds of", "a quarter of", "half of". English fractions are shares only
/// before "of" ("a quarter" alone may be three months) and not after an ordinal ("the second half
/// of" is part of a period). A share that has no end in decimals (a third) is approximate.
/// </summary>
internal static class Fractions
{
    private static readonly FrozenDictionary<string, int> Numerators = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> Denominators = new Dictionary<string, int>
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
        ["fourth"] = 4, ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6,
        ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9,
        ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumeratorLookup =
        Numerators.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DenominatorLookup =
        Denominators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>三 in 三分之一, 十 in 十分之一: the denominator a numeral before 分之 gives, else 0.</summary>
    public static int ChineseDenominator(char c) => c is '十' or '拾' ? 10 : ChineseNumerals.Digit(c) is var d and >= 2 ? d : 0;

    /// <summary>Whether one part in <paramref name="denominator"/> has no end in decimals: a third is 33.3…%.</summary>
    public static bool IsRecurring(double denominator)
    {
        if (denominator < 1 || denominator != Math.Floor(denominator))
        {
            return false;
        }
        var d = (long)denominator;
        while (d % 2 == 0)
        {
            d /= 2;
        }
        while (d % 5 == 0)
        {
            d /= 5;
        }
        return d != 1;
    }

    /// <summary>"two-thirds of", "half of", 一半 at <paramref name="start"/>: the share in percent, and whether it recurs.</summary>
    public static bool TryRead(string text, int start, out NumberToken share, out bool recurring)
    {
        share = default;
        recurring = false;
        if (TextScan.At(text, start) == '一' && TextScan.At(text, start + 1) == '半' && TextScan.At(text, start + 2) != '导')
        {
            // 一半 is half; 一半导体公司 is "a semiconductor company".
            share = new NumberToken(50, start, start + 2, ArabicInteger: false);
            return true;
        }
        if (!TextScan.IsLatin(TextScan.At(text, start)) || TextScan.IsLatin(TextScan.At(text, start - 1)) || AfterOrdinal(text, start))
        {
            return false;
        }
        var wordEnd = TextScan.WordEnd(text, start);
        var word = text.AsSpan(start, wordEnd - start);
        var numerator = 1;
        var denominatorAt = start;
        if (NumeratorLookup.TryGetValue(word, out var counted))
        {
            numerator = counted;
            denominatorAt = TextScan.At(text, wordEnd) == '-' ? wordEnd + 1 : TextScan.SkipInlineSpace(text, wordEnd);
            if (denominatorAt == wordEnd)
            {
                return false;
            }
        }
        else if (word is not "half")
        {
            return false; // "the third of five" is no share: only half stands without a numerator
        }
        var denominatorEnd = TextScan.WordEnd(text, denominatorAt);
        if (!DenominatorLookup.TryGetValue(text.AsSpan(denominatorAt, denominatorEnd - denominatorAt), out var denominator)
            || numerator >= denominator || !IsOfAShare(text, denominatorEnd))
        {
            return false;
        }
        share = new NumberToken(100.0 * numerator / denominator, start, denominatorEnd, ArabicInteger: false);
        recurring = IsRecurring(denominator);
        return true;
    }

    /// <summary>" of the world's", " of its": "of" after the fraction, and no number after "of" (half of 2025 is a period).</summary>
    private static bool IsOfAShare(string text, int end)
    {
        var of = TextScan.SkipInlineSpace(text, end);
        if (of == end || !text.AsSpan(of).StartsWith("of") || TextScan.IsLatin(TextScan.At(text, of + 2)))
        {
            return false;
        }
        var next = TextScan.SkipSpace(text, of + 2);
        return next > of + 2 && TextScan.IsLatin(TextScan.At(text, next));
    }

    private static bool AfterOrdinal(string text, int start)
    {
        var end = start;
        while (end > 0 && TextScan.IsSpace(text[end - 1]))
        {
            end--;
        }
        var wordStart = TextScan.WordStart(text, end);
        return wordStart < end && (Ranks.IsOrdinal(text.AsSpan(wordStart, end - wordStart), out _) || text.AsSpan(wordStart, end - wordStart) is "last");
    }
}
