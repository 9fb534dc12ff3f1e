using System.Collections.Frozen;

namespace Pipeline.Extraction.Values;

/// <summary>
/// Turns amounts into values: joins ranges (40%-50%, 15-20年, $1-2 billion), reads the qualifier
/// words around them (约, 以上, more than), and gives each its kind and canonical measure.
/// </summary>
internal sealed class ValuePhraseReader(UnitTable units)
{
    private static readonly FrozenSet<string> NotNouns = new[]
    {
        "this", "thus", "was", "has", "is", "its", "plus", "less", "unless", "across", "always", "perhaps", "whereas",
        "times", "ones", "others", "yes", "as", "us", "his", "hers", "ours", "yours", "theirs", "does", "goes",
        "of", "and", "the", "in", "to", "a", "an", "for", "on", "at", "by", "or", "per", "more", "than", "from",
        "with", "are", "were", "be", "been", "that", "which", "who", "it", "he", "she", "they", "we", "i", "you",
        "percent", "points", "point", "hours", "minutes", "seconds", "days", "weeks",
    }.ToFrozenSet();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNounLookup =
        NotNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that may stand between 每公斤 and its price without changing it: 每公斤只有5.5美元,
    /// 每公斤仅为60美元, 每吨高达80万元. Qualifiers (约, 超过) may stand there too and keep their meaning.
    /// </summary>
    private static readonly PhraseSet<bool> RateFillers = new(new[]
    {
        "只有", "仅有", "仅为", "仅", "只", "才", "为", "是", "达", "达到", "高达", "已达", "在", "均为", "平均", "平均为",
        "涨至", "跌至", "降至", "升至", "上涨至", "下跌至",
    }.Select(w => (w, true)));

    private readonly AmountReader _amounts = new(units);

    public AmountReader Amounts => _amounts;

    public bool TryRead(string text, int anchor, int floor, out ValuePhrase phrase) => TryRead(text, anchor, floor, price: false, out phrase);

    /// <param name="price">Whether the amount is a price after 每公斤: 高达 there stresses the price, it bounds no sum.</param>
    private bool TryRead(string text, int anchor, int floor, bool price, out ValuePhrase phrase)
    {
        phrase = default;
        if (!_amounts.TryRead(text, anchor, out var first))
        {
            return TryRateWithWordsBetween(text, anchor, floor, out phrase);
        }
        var amount = first;
        double? low = null;
        if (first.Per is null && TryRange(text, first, out var last, out var lowValue))
        {
            amount = last;
            low = lowValue;
        }
        else if (!first.HasUnit)
        {
            return TryCount(text, first, floor, out phrase);
        }
        if (Describe(amount) is not var (kind, code, factor, stated))
        {
            return false;
        }
        var qualifier = low is null ? Qualifier.Exact : Qualifier.Range;
        var start = first.Start;
        var end = amount.End;
        if (QualifierWords.TryBefore(text, start, floor, kind == MentionKind.Money && !price, out var before, out var beforeStart))
        {
            start = beforeStart;
            qualifier = qualifier == Qualifier.Range ? qualifier : before;
            end = CloseEmphasis(text, beforeStart, first.Start, end);
        }
        if (QualifierWords.TryAfter(text, end, out var after, out var afterEnd))
        {
            end = afterEnd;
            qualifier = qualifier == Qualifier.Exact ? after : qualifier;
        }
        if (qualifier == Qualifier.Exact && amount.Number.More)
        {
            qualifier = Qualifier.AtLeast;
        }
        if (qualifier == Qualifier.Exact && kind == MentionKind.Percentage && QualifierWords.TryDistant(text, start, floor, out var distant))
        {
            // 不足全球需求的5%: the qualifier is recorded, the span stays the number.
            qualifier = distant;
        }
        if (qualifier == Qualifier.Exact && (first.Recurring || amount.Recurring))
        {
            qualifier = Qualifier.Approximate; // 三分之一 is 33.3…%
        }
        var value = amount.Value * factor;
        var measure = qualifier switch
        {
            Qualifier.Range => new Measure(low!.Value * factor, value, code, qualifier, stated),
            Qualifier.AtLeast => new Measure(value, null, code, qualifier, stated),
            Qualifier.AtMost or Qualifier.Nearly => new Measure(null, value, code, qualifier, stated),
            _ => new Measure(value, value, code, qualifier, stated),
        };
        phrase = new ValuePhrase(kind, start, end, first.Start, amount.End) { Value = measure };
        return true;
    }

    /// <summary>
    /// 每公斤只有5.5美元, 每公斤约60美元, 每公斤7到13.5美元: 每 and a mass unit, at most two words that
    /// do not change the price (or a qualifier, which does), then a price or a range of prices.
    /// </summary>
    private bool TryRateWithWordsBetween(string text, int anchor, int floor, out ValuePhrase phrase)
    {
        phrase = default;
        if (!_amounts.TryReadPer(text, anchor, out var per, out var perEnd))
        {
            return false;
        }
        var at = TextScan.SkipInlineSpace(text, perEnd);
        for (var words = 0; words < 2; words++)
        {
            if (RateFillers.TryMatch(text, at, out _, out var end) || QualifierWords.TryAt(text, at, out _, out end))
            {
                at = TextScan.SkipInlineSpace(text, end);
            }
        }
        var c = TextScan.At(text, at);
        if (!(TextScan.IsDigit(c) || ChineseNumerals.CanStart(c) || units.Prefixes.TryMatch(text, at, out _, out _, digitMayFollow: true))
            || !TryRead(text, at, floor, price: true, out var price) || price.Kind != MentionKind.Money || price.Start < perEnd
            || price.Value is not { } money)
        {
            return false;
        }
        var toKilogram = per.Factor * 1000;
        var measure = money with
        {
            Low = money.Low / toKilogram,
            High = money.High / toKilogram,
            Unit = money.Unit + "/kg",
            StatedUnit = money.Unit + "/" + per.Symbol,
        };
        phrase = new ValuePhrase(MentionKind.Rate, anchor, price.End, anchor, price.CoreEnd) { Value = measure };
        return true;
    }

    /// <summary>about **390,000 tonnes**: when emphasis opens between the qualifier and the number, the span takes the run that closes it.</summary>
    private static int CloseEmphasis(string text, int qualifierStart, int numberStart, int end)
    {
        var open = TextScan.SkipEmphasisBack(text, TextScan.SkipSpaceBack(text, numberStart));
        var length = TextScan.SkipSpaceBack(text, numberStart) - open;
        if (length == 0 || open <= qualifierStart)
        {
            return end;
        }
        var close = TextScan.SkipEmphasis(text, end);
        return close - end == length && text.AsSpan(end, length).SequenceEqual(text.AsSpan(open, length)) ? close : end;
    }

    /// <summary>"40-50%", "40% to 50%", "1-2万吨", "$1-2 billion": a second amount after a connector, in the same unit.</summary>
    private bool TryRange(string text, Amount first, out Amount last, out double low)
    {
        last = default;
        low = 0;
        var at = first.HasUnit ? first.End : first.Number.End;
        if (!TryConnector(text, at, AfterBetween(text, first.Start), out var secondStart) || !_amounts.TryRead(text, secondStart, out var second))
        {
            return false;
        }
        if (!second.HasUnit && first.HasUnit)
        {
            second = second with { Currency = first.Currency, Unit = first.Unit, Per = first.Per };
        }
        if (!second.HasUnit || (first.HasUnit && first.UnitKey != second.UnitKey) || second.Per is not null && first.HasUnit && first.Per is null)
        {
            return false;
        }
        low = first.Value;
        if (first.Number.Multiplier == 1 && second.Number.Multiplier != 1 && first.End == first.Number.End)
        {
            // 1-2万吨 is 1万 to 2万 tonnes; $1-2 billion is $1 billion to $2 billion.
            low *= second.Number.Multiplier;
        }
        if (low >= second.Value)
        {
            return false;
        }
        last = second;
        return true;
    }

    /// <summary>"between 7% and 9%", "在40%和50%之间": the first amount of a range joined by "and"/和.</summary>
    private static bool AfterBetween(string text, int start)
    {
        var end = TextScan.SkipSpaceBack(text, start);
        return text.AsSpan(0, end).EndsWith("between") || (end > 0 && text[end - 1] == '在');
    }

    private static bool TryConnector(string text, int at, bool between, out int next)
    {
        next = at;
        var i = TextScan.SkipInlineSpace(text, at);
        var c = TextScan.At(text, i);
        if (c is '-' or '–' or '—' or '~' or '至' or '到')
        {
            next = TextScan.SkipInlineSpace(text, i + 1);
        }
        else if (i > at && text.AsSpan(i).StartsWith("to "))
        {
            next = TextScan.SkipInlineSpace(text, i + 3);
        }
        else if (between && i > at && text.AsSpan(i).StartsWith("and "))
        {
            next = TextScan.SkipInlineSpace(text, i + 4);
        }
        else if (between && c is '和' or '与')
        {
            next = TextScan.SkipInlineSpace(text, i + 1);
        }
        else
        {
            return false;
        }
        var n = TextScan.At(text, next);
        return next < text.Length && (TextScan.IsDigit(n) || ChineseNumerals.CanStart(n) || n is '$' or '€' or '£' || TextScan.IsLatin(n));
    }

    /// <summary>7 elements, seven rare earths, 47 strategic projects: an English count is a number before a plural noun.</summary>
    private static bool TryCount(string text, Amount amount, int floor, out ValuePhrase phrase)
    {
        phrase = default;
        var number = amount.Number;
        if (number.Value < 2 || number.Value != Math.Floor(number.Value) || number.IsYearLike || number.Multiplier != 1
            || TextScan.IsCjk(TextScan.At(text, number.Start)))
        {
            return false;
        }
        var end = number.End;
        for (var words = 0; words < 2; words++)
        {
            var start = TextScan.SkipInlineSpace(text, end);
            if (start == end)
            {
                return false;
            }
            var wordEnd = TextScan.WordEnd(text, start);
            var word = text.AsSpan(start, wordEnd - start);
            if (word.Length < 3 || NotNounLookup.Contains(word) || TextScan.IsDigit(TextScan.At(text, wordEnd)))
            {
                return false;
            }
            end = wordEnd;
            if (word[^1] == 's' && word[^2] != 's')
            {
                var measure = Measure.Exactly(amount.Value, "");
                var qualifierStart = amount.Start;
                if (QualifierWords.TryBefore(text, amount.Start, floor, out var q, out var qStart))
                {
                    qualifierStart = qStart;
                    measure = q switch
                    {
                        Qualifier.AtLeast => new Measure(amount.Value, null, "", q),
                        Qualifier.AtMost or Qualifier.Nearly => new Measure(null, amount.Value, "", q),
                        _ => measure with { Qualifier = q },
                    };
                }
                phrase = new ValuePhrase(MentionKind.Count, qualifierStart, end, amount.Start, end) { Value = measure };
                return true;
            }
        }
        return false;
    }

    /// <summary>The kind of mention, canonical unit, factor to it and stated unit for an amount.</summary>
    private static (MentionKind Kind, string Code, double Factor, string Stated)? Describe(Amount amount)
    {
        if (amount.Currency is { } currency)
        {
            if (amount.Per is { } per)
            {
                // A price per mass unit, in currency per kilogram: 110 USD/lb = 242.5 USD/kg.
                return (MentionKind.Rate, currency.Code + "/kg", currency.Factor / (per.Factor * 1000), currency.Code + "/" + per.Symbol);
            }
            return (MentionKind.Money, currency.Code, currency.Factor, currency.Code);
        }
        if (amount.Unit is not { } unit)
        {
            return null;
        }
        var stated = amount.Number.Magnitude.Length > 0 && unit.Category is UnitCategory.Mass ? amount.Number.Magnitude + amount.UnitText : unit.Symbol;
        return unit.Category switch
        {
            UnitCategory.Mass or UnitCategory.Length => (MentionKind.Quantity, unit.Code, unit.Factor, stated),
            UnitCategory.Percent => (MentionKind.Percentage, unit.Code, unit.Symbol == "折" && Math.Abs(amount.Value) >= 10 ? 1 : unit.Factor, stated),
            UnitCategory.Duration => (MentionKind.Duration, unit.Code, unit.Factor, stated),
            UnitCategory.Classifier when amount.Value >= 2 && amount.Value == Math.Floor(amount.Value) => (MentionKind.Count, "", 1, stated),
            _ => null,
        };
    }
}
