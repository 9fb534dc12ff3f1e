using System.Collections.Frozen;

namespace Pipeline.Extraction.Values;

/// <summary>
/// Magnitudes written after a number: Chinese 千/万/亿 and their combinations (3500万, 1.4亿,
/// 1万亿, 140多万; 万 and 亿 also after a space: 5740 万), English words (1.65 billion, 400 million,
/// 25 lakh) and, next to a currency or a share, the short forms m, bn, k (US$400m, $1.65bn, 百分之15k).
/// </summary>
internal static class Magnitudes
{
    private static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["lakh"] = 1e5, ["crore"] = 1e7,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, double> ShortWords = new Dictionary<string, double>
    {
        ["k"] = 1e3, ["m"] = 1e6, ["b"] = 1e9,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ShortLookup =
        ShortWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>thousand, million, lakh…: a magnitude word written out (not m, k or b, which are units too).</summary>
    public static bool TryWord(ReadOnlySpan<char> word, out double scale) => WordLookup.TryGetValue(word, out scale);

    /// <summary>Applies the magnitudes after <paramref name="number"/>; stops before a unit that starts like one (千克, 千米).</summary>
    /// <param name="shortForms">Whether m/k/b may be magnitudes here (a currency came before): else "m" is metres.</param>
    public static NumberToken Apply(string text, NumberToken number, UnitTable units, bool shortForms)
    {
        var value = number.Value;
        var multiplier = 1.0;
        var magnitude = "";
        var more = number.More;
        var end = number.End;
        var i = end;
        var spaced = TextScan.SkipInlineSpace(text, i);
        if (spaced > i && TextScan.IsDigit(TextScan.At(text, i - 1)) && ChineseNumerals.BigPlace(TextScan.At(text, spaced)) > 0)
        {
            i = spaced; // "5740 萬美元", "1.5 億美元": a space between the digits and their 万/亿
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '多' or '余' && !more && IsFollowedByNumberPart(text, i + 1, units))
            {
                more = true;
                end = i = i + 1;
                continue;
            }
            if (c == ' ' && i == number.End && TextScan.IsDigit(TextScan.At(text, i - 1)) && ChineseNumerals.BigPlace(TextScan.At(text, i + 1)) > 0)
            {
                i++; // "4 亿美元", "1.5 億美元": some sites space digits off from the characters around them
                continue;
            }
            var place = ChineseNumerals.BigPlace(c) is > 0 and var big ? big : ChineseNumerals.SmallPlace(c);
            if (place > 0 && !units.Suffixes.TryMatch(text, i, out _, out _) && !IsPercentPrefix(text, i))
            {
                multiplier *= place;
                magnitude += c;
                end = i = i + 1;
                continue;
            }
            var wordStart = TextScan.SkipSpace(text, i);
            if (TextScan.IsLatin(TextScan.At(text, wordStart)) && (wordStart > i || TextScan.IsDigit(TextScan.At(text, i - 1))))
            {
                var wordEnd = TextScan.WordEnd(text, wordStart);
                var word = text.AsSpan(wordStart, wordEnd - wordStart);
                if (TextScan.IsDigit(TextScan.At(text, wordEnd)))
                {
                    break;
                }
                if (WordLookup.TryGetValue(word, out var scale)
                    || (ShortLookup.TryGetValue(word, out scale) && (shortForms || IsMoneyOrShareAfter(text, wordEnd, units))))
                {
                    multiplier *= scale;
                    end = i = wordEnd;
                    continue;
                }
            }
            break;
        }
        if (end == number.End)
        {
            return number;
        }
        return number with
        {
            Value = Scale(value, multiplier),
            End = end,
            More = more,
            Magnitude = magnitude,
            Multiplier = number.Multiplier * multiplier,
        };
    }

    /// <summary>2.45亿 is 245000000, not 245000000.00000003: scale in decimal when it fits.</summary>
    private static double Scale(double value, double multiplier) =>
        Math.Abs(value) < 1e12 && multiplier < 1e15 ? (double)((decimal)value * (decimal)multiplier) : value * multiplier;

    private static bool IsPercentPrefix(string text, int i) =>
        text.AsSpan(i).StartsWith("分之") || text.AsSpan(i).StartsWith("百分之") || text.AsSpan(i).StartsWith("万分之");

    /// <summary>多 in 140多万, 100余吨, 十多年: a magnitude or a unit must follow, else 多 is another word.</summary>
    private static bool IsFollowedByNumberPart(string text, int i, UnitTable units)
    {
        var c = TextScan.At(text, i);
        return ChineseNumerals.BigPlace(c) > 0 || ChineseNumerals.SmallPlace(c) > 0 || units.Suffixes.TryMatch(text, i, out _, out _);
    }

    private static bool IsMoneyOrShareAfter(string text, int i, UnitTable units)
    {
        var next = TextScan.SkipSpace(text, i);
        return units.Suffixes.TryMatch(text, next, out var unit, out _) && unit.Category is UnitCategory.Currency or UnitCategory.Percent;
    }
}
