namespace Pipeline.Extraction.Values;

/// <summary>
/// A figure written as a multiple or a part of another (units.yaml `multiples.compared`), in per cent
/// of it: "double the spot price", "three times the price", 中国市场价的两倍 (200%, 300%, 200%), and a
/// fraction after 为/是…的 (成本仅为欧美企业的1/3: 33.3%), unless set against its own past
/// (原先的1/4). Its stated unit marks it, so only a measure
/// that compares two figures takes it (attributes.yaml `compares`).
/// </summary>
internal sealed class ComparedMultiples(UnitTable units)
{
    /// <summary>The stated unit of a compared figure: how it is told from a plain share.</summary>
    internal const string Stated = "× of";

    public bool TryRead(string text, int i, int floor, out ValuePhrase phrase)
    {
        phrase = default;
        var c = TextScan.At(text, i);
        if (TextScan.IsLatin(c))
        {
            return !TextScan.IsLatin(TextScan.At(text, i - 1)) && TryEnglish(text, i, floor, out phrase);
        }
        return TextScan.At(text, i - 1) == '的' && (TextScan.IsDigit(c) || ChineseNumerals.CanStart(c))
            && !units.PastWords.TryMatchBefore(text, i - 1, out _, out _) && TryChinese(text, i, out phrase);
    }

    /// <summary>"(roughly) double the", "twice the", "three times the": a multiple before the figure it multiplies.</summary>
    private bool TryEnglish(string text, int i, int floor, out ValuePhrase phrase)
    {
        phrase = default;
        if (!units.ComparedWords.TryMatch(text, i, out var percent, out var end) && !TryTimes(text, i, out percent, out end))
        {
            return false;
        }
        var next = TextScan.SkipInlineSpace(text, end);
        if (next == end || !(text.AsSpan(next).StartsWith("the ") || text.AsSpan(next).StartsWith("that of ") || text.AsSpan(next).StartsWith("what ")))
        {
            return false; // "more than double globally": no figure it is a multiple of
        }
        var (qualifier, start) = (Qualifier.Exact, i);
        if (QualifierWords.TryBefore(text, i, floor, out var before, out var beforeStart))
        {
            (qualifier, start) = (before, beforeStart);
        }
        else if (IsVerb(text, i))
        {
            return false; // "plans to double the output": a change to come, not one figure against another ("close to double" is not)
        }
        var measure = qualifier switch
        {
            Qualifier.AtLeast => new Measure(percent, null, "%", qualifier, Stated),
            Qualifier.AtMost or Qualifier.Nearly => new Measure(null, percent, "%", qualifier, Stated),
            _ => new Measure(percent, percent, "%", qualifier, Stated),
        };
        phrase = new ValuePhrase(MentionKind.Percentage, start, end, i, end) { Value = measure };
        return true;
    }

    /// <summary>"to double the", "will triple the": the multiple is a verb after to or a modal.</summary>
    private static bool IsVerb(string text, int i)
    {
        var end = TextScan.SkipSpaceBack(text, i);
        var start = TextScan.WordStart(text, end);
        return text.AsSpan(start, end - start) is "to" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "shall";
    }

    /// <summary>"three times", "3 times": a number before "times".</summary>
    private static bool TryTimes(string text, int i, out double percent, out int end)
    {
        (percent, end) = (0, i);
        if (!EnglishNumbers.TryRead(text, i, out var number) && !ArabicNumbers.TryRead(text, i, out number))
        {
            return false;
        }
        var times = TextScan.SkipInlineSpace(text, number.End);
        end = TextScan.WordEnd(text, times);
        percent = number.Value * 100;
        return times > number.End && text.AsSpan(times, end - times).SequenceEqual("times");
    }

    /// <summary>的两倍, 的3倍; after 为/是 in the clause, 的1/3 and 的三分之一 (占…的三分之一 stays a share).</summary>
    private bool TryChinese(string text, int i, out ValuePhrase phrase)
    {
        phrase = default;
        var read = TextScan.IsDigit(TextScan.At(text, i)) ? ArabicNumbers.TryRead(text, i, out var number) : ChineseNumerals.TryRead(text, i, out number);
        if (!read)
        {
            return false;
        }
        if (units.MultipleTimes.TryMatch(text, TextScan.SkipInlineSpace(text, number.End), out _, out var end))
        {
            phrase = Phrase(i, end, number.Value * 100, recurring: false);
            return true;
        }
        if (!IsRatedAgainst(text, i))
        {
            return false;
        }
        var slash = text.AsSpan(i, number.End - i).IndexOf('/');
        if (slash > 0 && number.Value is > 0 and < 1)
        {
            // 1/3 is read whole by ArabicNumbers; the digits after the slash say whether it recurs.
            var denominator = double.Parse(text.AsSpan(i + slash + 1, number.End - i - slash - 1), System.Globalization.CultureInfo.InvariantCulture);
            phrase = Phrase(i, number.End, number.Value * 100, Fractions.IsRecurring(denominator));
            return true;
        }
        if (text.AsSpan(number.End).StartsWith("分之") && ChineseNumerals.TryRead(text, number.End + 2, out var above) && above.Value < number.Value)
        {
            phrase = Phrase(i, above.End, 100 * above.Value / number.Value, Fractions.IsRecurring(number.Value));
            return true;
        }
        return false;
    }

    /// <summary>为 or 是 (not 占) earlier in the clause: 成本仅为欧美企业的1/3 rates one figure against another.</summary>
    private static bool IsRatedAgainst(string text, int i)
    {
        for (var j = i - 2; j >= 0 && i - j <= 16; j--)
        {
            var c = text[j];
            if (c is '，' or ',' or '。' or '；' or ';' or '占' or '佔')
            {
                return false;
            }
            if (c is '为' or '是')
            {
                return true;
            }
        }
        return false;
    }

    private static ValuePhrase Phrase(int start, int end, double percent, bool recurring) =>
        new(MentionKind.Percentage, start, end, start, end)
        {
            Value = new Measure(percent, percent, "%", recurring ? Qualifier.Approximate : Qualifier.Exact, Stated),
        };
}
