namespace Pipeline.Extraction.Values;

/// <summary>
/// One pass over normalized text: stops only where a value can start (a digit, a Chinese numeral,
/// a currency sign, 每, 百分之, a number or month word), reads a date there first, else a value,
/// and moves past what it found, so mentions never overlap.
/// </summary>
public sealed class ValueScanner(UnitTable units)
{
    private readonly ValuePhraseReader _phrases = new(units);

    public IReadOnlyList<ValueReading> Read(ExtractionInput input)
    {
        var text = input.Normalized.Text;
        var found = new List<ValueReading>();
        var floor = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var count = found.Count;
            int next;
            if (TextScan.IsLatin(c))
            {
                next = AtWord(input, text, i, floor, found);
            }
            else if (TextScan.IsDigit(c))
            {
                next = AtDigit(input, text, i, floor, found);
            }
            else if (c < '\u3400')
            {
                next = c is '$' or '€' or '£' or '¥' or '₩' or '-' ? AtPhrase(input, text, i, floor, found) : i + 1;
            }
            else
            {
                next = AtCjk(input, text, i, floor, found);
            }
            if (found.Count > count)
            {
                // Qualifiers looked for before the next value must not reach into this one.
                floor = next;
            }
            i = Math.Max(next, i + 1);
        }
        return found;
    }

    private int AtWord(ExtractionInput input, string text, int i, int floor, List<ValueReading> found)
    {
        var wordEnd = TextScan.WordEnd(text, i);
        if (i > 0 && TextScan.IsDigit(text[i - 1]))
        {
            return wordEnd;
        }
        var word = text.AsSpan(i, wordEnd - i);
        if ((EnglishDates.IsMonth(word) && IsCapitalized(input, i) && EnglishDates.TryReadMonth(text, i, wordEnd, input.DocumentDate, out var hit))
            || (word is "this" or "last" or "next" or "fy" or "fiscal" && EnglishDates.TryReadWord(text, i, wordEnd, input.DocumentDate, out hit)))
        {
            return Add(input, found, hit);
        }
        if (EnglishNumbers.IsNumberWord(word) || word is "minus" || (word.Length <= 4 && MayStartMoney(text, wordEnd)))
        {
            var end = AtPhrase(input, text, i, floor, found);
            if (end > i + 1)
            {
                return end;
            }
        }
        if (word is "percent" or "percents" or "per" or "percentage" && TryPercentOf(input, text, i, floor, found, out var percentEnd))
        {
            return percentEnd;
        }
        return wordEnd;
    }

    private int AtDigit(ExtractionInput input, string text, int i, int floor, List<ValueReading> found)
    {
        var previous = TextScan.At(text, i - 1);
        if (i > 0 && (TextScan.IsLatin(previous) || TextScan.IsDigit(previous) || previous is '.' or '#' || previous == '第' || IsAfterIdentifier(text, i) || IsAfterNumberSign(text, i)))
        {
            return SkipNumber(text, i);
        }
        DateHit hit;
        if (ChineseDates.TryRead(text, i, input.DocumentDate, out hit) || EnglishDates.TryReadDayFirst(text, i, input.DocumentDate, out hit))
        {
            return Add(input, found, hit);
        }
        if (ArabicNumbers.TryRead(text, i, out var number) && EnglishDates.TryReadYear(text, i, number, out hit) && !HasUnitAfter(text, number.End))
        {
            return Add(input, found, hit);
        }
        var end = AtPhrase(input, text, i, floor, found);
        return end > i + 1 ? end : SkipNumber(text, i);
    }

    private int AtCjk(ExtractionInput input, string text, int i, int floor, List<ValueReading> found)
    {
        var c = text[i];
        var previous = TextScan.At(text, i - 1);
        if (c is '今' or '去' or '明')
        {
            return ChineseDates.TryReadRelative(text, i, input.DocumentDate, out var relative) ? Add(input, found, relative) : i + 1;
        }
        if (ChineseNumerals.CanStart(c))
        {
            if (previous == '第' || ChineseNumerals.IsNumeralChar(previous) || previous == '点')
            {
                return i + 1;
            }
            if (ChineseDates.TryRead(text, i, input.DocumentDate, out var hit))
            {
                return Add(input, found, hit);
            }
            var end = AtPhrase(input, text, i, floor, found);
            return end > i + 1 ? end : ChineseNumerals.TryRead(text, i, out var skipped) ? Math.Max(skipped.End, i + 1) : i + 1;
        }
        if (c is '百' or '千' or '万' && ChineseNumerals.IsNumeralChar(previous))
        {
            return i + 1;
        }
        if (c is '百' or '千' or '万' or '每' or '负' or '半' or '人' or '￥' && previous is not ('上' or '下'))
        {
            return AtPhrase(input, text, i, floor, found);
        }
        if (c == '对' && previous == '打' && TextScan.At(text, i + 1) == '折')
        {
            // 打对折: half price.
            var measure = new Measure(50, 50, "%", Qualifier.Exact, "折");
            return Add(input, found, new ValuePhrase(MentionKind.Percentage, i, i + 2, i, i + 2) { Value = measure });
        }
        return i + 1;
    }

    private int AtPhrase(ExtractionInput input, string text, int i, int floor, List<ValueReading> found) =>
        _phrases.TryRead(text, i, floor, out var phrase) ? Add(input, found, phrase) : i + 1;

    /// <summary>"percent of 10", "per cent of twenty-two": the share named before its number.</summary>
    private bool TryPercentOf(ExtractionInput input, string text, int i, int floor, List<ValueReading> found, out int end)
    {
        end = i + 1;
        if (!units.Suffixes.TryMatch(text, i, out var unit, out var unitEnd) || unit.Category != UnitCategory.Percent)
        {
            return false;
        }
        var of = TextScan.SkipInlineSpace(text, unitEnd);
        if (!text.AsSpan(of).StartsWith("of ") || TextScan.IsLatin(TextScan.At(text, i - 1)))
        {
            return false;
        }
        var at = TextScan.SkipInlineSpace(text, of + 3);
        if (!_phrases.Amounts.ReadNumber(text, at, out var number) || TextScan.IsLatin(TextScan.At(text, number.End)))
        {
            return false;
        }
        // "percent of 10 people" is not a share of 10: the number must end the phrase.
        var after = TextScan.SkipInlineSpace(text, number.End);
        if (TextScan.IsLatin(TextScan.At(text, after)) || TextScan.IsDigit(TextScan.At(text, after)))
        {
            return false;
        }
        var measure = Measure.Exactly(number.Value * unit.Factor, "%", unit.Symbol);
        end = Add(input, found, new ValuePhrase(MentionKind.Percentage, i, number.End, i, number.End) { Value = measure });
        return floor >= 0;
    }

    private static int Add(ExtractionInput input, List<ValueReading> found, DateHit hit) =>
        Add(input, found, new ValuePhrase(MentionKind.Date, hit.Start, hit.End, hit.Start, hit.End) { Date = hit.Span, Note = hit.Note });

    private static int Add(ExtractionInput input, List<ValueReading> found, ValuePhrase phrase)
    {
        var mention = input.MentionAt(phrase.Kind, phrase.Start, phrase.End) with { Value = phrase.Value, Date = phrase.Date };
        var (coreStart, coreEnd) = input.Normalized.Map.ToOriginal(phrase.CoreStart, phrase.CoreEnd);
        found.Add(new ValueReading(mention, coreStart, coreEnd, phrase.Note));
        return phrase.End;
    }

    private bool HasUnitAfter(string text, int end)
    {
        var at = TextScan.SkipSpace(text, end);
        return units.Suffixes.TryMatch(text, at, out _, out _) || (TextScan.At(text, end) == '-' && units.Suffixes.TryMatch(text, end + 1, out _, out _));
    }

    /// <summary>Month names are capitalized as written ("may" and "march" are verbs too).</summary>
    private static bool IsCapitalized(ExtractionInput input, int i)
    {
        var original = input.Normalized.Map.ToOriginal(i);
        return original < input.Original.Length && char.IsUpper(input.Original[original]);
    }

    /// <summary>Whether a currency sign follows a short word (us$, c $, hk$) or a code stands before a number (usd 200).</summary>
    private static bool MayStartMoney(string text, int wordEnd)
    {
        var at = TextScan.SkipInlineSpace(text, wordEnd);
        var c = TextScan.At(text, at);
        return c == '$' || c == '.' || (TextScan.IsDigit(c) && at - wordEnd <= 1);
    }

    /// <summary>scp-173, f-35: a number joined by a hyphen to a word is part of a name.</summary>
    private static bool IsAfterIdentifier(string text, int i)
    {
        if (TextScan.At(text, i - 1) != '-' || !TextScan.IsWordChar(TextScan.At(text, i - 2)))
        {
            return false;
        }
        var wordStart = TextScan.WordStart(text, i - 1);
        return text.AsSpan(wordStart, i - 1 - wordStart) is not ("mid" or "early" or "late");
    }

    /// <summary>No. 18, no 61: an announcement number, not a count.</summary>
    private static bool IsAfterNumberSign(string text, int i)
    {
        var end = TextScan.SkipInlineSpace(text, i - 1 >= 0 && text[i - 1] == ' ' ? i - 1 : i) == i ? TextScan.SkipSpaceBack(text, i) : i;
        if (TextScan.At(text, end - 1) == '.')
        {
            end--;
        }
        var start = TextScan.WordStart(text, end);
        return end - start == 2 && text.AsSpan(start, 2) is "no";
    }

    private static int SkipNumber(string text, int i)
    {
        while (i < text.Length && (TextScan.IsDigit(text[i]) || text[i] is ',' or '.' && TextScan.IsDigit(TextScan.At(text, i + 1))))
        {
            i++;
        }
        return i;
    }
}
