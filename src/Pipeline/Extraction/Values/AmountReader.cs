namespace Pipeline.Extraction.Values;

/// <summary>
/// Reads one amount at a position of normalized text: an optional sign, currency prefix (US$, 人民币)
/// or "per" prefix (每公斤), the number and its magnitudes, then the unit and the "per" part of a
/// price ($110/kg, 110 dollars a kilogram, 80万元/吨).
/// </summary>
internal sealed class AmountReader(UnitTable units)
{
    public bool TryRead(string text, int start, out Amount amount)
    {
        amount = default;
        var i = start;
        var negative = false;
        if (TextScan.At(text, i) == '-' && TextScan.IsDigit(TextScan.At(text, i + 1)) || TextScan.At(text, i) == '负')
        {
            negative = true;
            i++;
        }
        else if (text.AsSpan(i).StartsWith("minus ") && !TextScan.IsLatin(TextScan.At(text, i - 1)))
        {
            negative = true;
            i = TextScan.SkipInlineSpace(text, i + 5);
        }
        var currency = ReadCurrencyPrefix(text, ref i);
        var per = ReadPerPrefix(text, ref i);
        var percentFactor = 0.0;
        var recurring = false;
        if (currency is null && per is null && !negative)
        {
            percentFactor = ReadPercentPrefix(text, ref i, out recurring);
            if (percentFactor == 0 && Fractions.TryRead(text, i, out var share, out recurring))
            {
                // a third of, two-thirds of, half of, 一半: a share written as a fraction.
                amount = new Amount(start, share.End, share, share.Value) { Unit = Percent(1), UnitEnd = share.End, Recurring = recurring };
                return true;
            }
        }
        NumberToken number;
        if (percentFactor > 0 && TextScan.At(text, i) is '百' or '佰' && !ChineseNumerals.IsNumeralChar(TextScan.At(text, i + 1)))
        {
            // 百分之百: one hundred per cent.
            number = new NumberToken(100, i, i + 1, ArabicInteger: false);
        }
        else if (!ReadNumber(text, i, out number))
        {
            return false;
        }
        number = Magnitudes.Apply(text, number, units, shortForms: currency is not null || percentFactor > 0);
        var value = negative ? -number.Value : number.Value;
        var end = number.End;
        if (percentFactor > 0)
        {
            amount = new Amount(start, end, number, value) { Unit = Percent(percentFactor), UnitEnd = end, Recurring = recurring };
            return true;
        }

        UnitDef? unit = null;
        var unitText = "";
        if (ReadSuffix(text, end, out var suffix, out var suffixEnd) && Accepts(currency, suffix, number, text, suffixEnd))
        {
            if (suffix.Category == UnitCategory.Currency)
            {
                currency ??= suffix;
            }
            else
            {
                unit = suffix;
                unitText = text[TextScan.SkipSpace(text, end)..suffixEnd];
            }
            end = suffixEnd;
            (value, end) = ReadAfterUnit(text, end, value, suffix);
        }
        var unitEnd = end;
        if (currency is not null && per is null && ReadPerSuffix(text, end, out var perUnit, out var perEnd))
        {
            per = perUnit;
            end = perEnd;
        }
        if (per is not null && currency is null)
        {
            return false;
        }
        amount = new Amount(start, end, number, value) { Currency = currency, Unit = unit, Per = per, UnitEnd = unitEnd, UnitText = unitText };
        return true;
    }

    /// <summary>A number at <paramref name="i"/>: Arabic, Chinese or English words; 半 before a share or a span of time.</summary>
    public bool ReadNumber(string text, int i, out NumberToken number)
    {
        var c = TextScan.At(text, i);
        if (TextScan.IsDigit(c))
        {
            return ArabicNumbers.TryRead(text, i, out number);
        }
        if (c == '半' && units.Suffixes.TryMatch(text, i + 1, out var unit, out _) && unit.Category is UnitCategory.Percent or UnitCategory.Duration)
        {
            // 半成 is half a tenth (5%); 半折 is half the price (5折, 50%).
            number = new NumberToken(unit.Symbol == "折" ? 5 : 0.5, i, i + 1, ArabicInteger: false);
            return true;
        }
        if (TextScan.IsCjk(c) || ChineseNumerals.Digit(c) == 0) // 〇 and ○ are no ideographs
        {
            if (IsVagueBefore(text, i))
            {
                number = default;
                return false; // 数十亿美元, 几百吨: "billions", "hundreds of tonnes" state no figure
            }
            return ChineseNumerals.TryRead(text, i, out number) || TryReadBarePlace(text, i, out number);
        }
        if (TextScan.IsLatin(c) && !TextScan.IsLatin(TextScan.At(text, i - 1)))
        {
            return EnglishNumbers.TryRead(text, i, out number);
        }
        number = default;
        return false;
    }

    /// <summary>
    /// 千亿元, 百億美元, 万亿元, 千万吨: a place written without a digit before a larger place is one of
    /// it (千亿 = 1000 亿). Only before money or a mass, since 千万 alone is also "by all means".
    /// The larger places are left for <see cref="Magnitudes"/>.
    /// </summary>
    private bool TryReadBarePlace(string text, int i, out NumberToken number)
    {
        var c = TextScan.At(text, i);
        var place = c == '万' ? 1e4 : ChineseNumerals.SmallPlace(c);
        var next = i + 1;
        while (ChineseNumerals.BigPlace(TextScan.At(text, next)) > place)
        {
            next++;
        }
        if (place >= 100 && next > i + 1 && units.Suffixes.TryMatch(text, next, out var unit, out _)
            && unit.Category is UnitCategory.Currency or UnitCategory.Mass)
        {
            number = new NumberToken(place, i, i + 1, ArabicInteger: false);
            return true;
        }
        number = default;
        return false;
    }

    /// <summary>
    /// Whether 数/几 ("several") stands before the numeral at <paramref name="i"/> (数十亿, 几百): a vague
    /// amount. A noun ending in 数 before a number (总数十五家, 人数三千) counts, and is not vague.
    /// </summary>
    private static bool IsVagueBefore(string text, int i) =>
        TextScan.At(text, i - 1) switch
        {
            '几' or '幾' => true,
            '数' or '數' => TextScan.At(text, i - 2) is not ('总' or '人' or '次' or '指' or '倍' or '户' or '家' or '件' or '个' or '基' or '系' or '票' or '分' or '岁' or '度' or '台' or '座'),
            _ => false,
        };

    private UnitDef? ReadCurrencyPrefix(string text, ref int i)
    {
        if (units.Prefixes.TryMatch(text, i, out var prefix, out var end, digitMayFollow: true)
            && !TextScan.IsLatin(TextScan.At(text, i - 1)))
        {
            var next = TextScan.SkipSpace(text, end);
            if (StartsNumber(text, next) || (units.PerBefore.TryMatch(text, next, out _, out _)))
            {
                i = next;
                return prefix;
            }
        }
        // "c $ 16.4 million", "u.s. $ 150 million": letters, a space, then the dollar sign.
        var letters = i;
        while (letters < text.Length && (TextScan.IsLatin(text[letters]) || text[letters] == '.') && letters - i < 5)
        {
            letters++;
        }
        var dollar = TextScan.SkipInlineSpace(text, letters);
        // Only the tokenized style "c $ 16.4" (spaces on both sides), or a currency code before the sign
        // ("USD $1 billion"): "a $150" is an article and a price.
        if (letters > i && TextScan.At(text, dollar) == '$' && !TextScan.IsLatin(TextScan.At(text, i - 1))
            && (dollar == letters || TextScan.IsSpace(TextScan.At(text, dollar + 1)) || IsCurrencyCode(text, i, letters))
            && text.AsSpan(i, letters - i) is not "a")
        {
            var key = string.Concat(text.AsSpan(i, letters - i).ToString().Replace(".", "", StringComparison.Ordinal), "$");
            if (units.Prefixes.TryMatch(key, 0, out var spaced, out var keyEnd, digitMayFollow: true) && keyEnd == key.Length)
            {
                var next = TextScan.SkipSpace(text, dollar + 1);
                if (StartsNumber(text, next))
                {
                    i = next;
                    return spaced;
                }
            }
        }
        return null;
    }

    private bool IsCurrencyCode(string text, int start, int end) =>
        end - start >= 3 && units.Prefixes.TryMatch(text, start, out _, out var codeEnd, digitMayFollow: true) && codeEnd == end;

    /// <summary>每公斤 before the number (每公斤110美元, 人民币每吨80万元).</summary>
    private UnitDef? ReadPerPrefix(string text, ref int i)
    {
        if (units.PerBefore.TryMatch(text, i, out _, out var perEnd)
            && units.MassUnits.TryMatch(text, TextScan.SkipInlineSpace(text, perEnd), out var mass, out var massEnd, digitMayFollow: true))
        {
            var next = TextScan.SkipSpace(text, massEnd);
            if (StartsNumber(text, next))
            {
                i = next;
                return mass;
            }
        }
        return null;
    }

    /// <summary>每公斤, 每吨 at <paramref name="i"/>, whatever follows: the mass unit a price after it is for.</summary>
    public bool TryReadPer(string text, int i, out UnitDef mass, out int end)
    {
        end = i;
        if (units.PerBefore.TryMatch(text, i, out _, out var perEnd)
            && units.MassUnits.TryMatch(text, TextScan.SkipInlineSpace(text, perEnd), out mass, out end, digitMayFollow: true))
        {
            return true;
        }
        mass = default!;
        return false;
    }

    private static UnitDef Percent(double factor) => new(UnitCategory.Percent, "%", factor, "%");

    /// <summary>
    /// 百分之, 千分之, 万分之, 百万分之, and the fractions 三分之, 四分之, 十分之 before the number; returns
    /// the factor to percent (千分之 = 0.1, 三分之 = 33.3…), or 0, and whether a part recurs in decimals.
    /// </summary>
    private static double ReadPercentPrefix(string text, ref int i, out bool recurring)
    {
        recurring = false;
        var j = i;
        double denominator = 1;
        if (Fractions.ChineseDenominator(TextScan.At(text, j)) is > 0 and var parts && TextScan.At(text, TextScan.SkipInlineSpace(text, j + 1)) == '分')
        {
            // 三分之一: one part in three.
            denominator = parts;
            j = TextScan.SkipInlineSpace(text, j + 1);
        }
        while (ChineseNumerals.SmallPlace(TextScan.At(text, j)) is var small && (small >= 100 || ChineseNumerals.BigPlace(TextScan.At(text, j)) > 0))
        {
            denominator *= small >= 100 ? small : ChineseNumerals.BigPlace(text[j]);
            j = TextScan.SkipInlineSpace(text, j + 1);
        }
        if (j == i || TextScan.At(text, j) != '分')
        {
            return 0;
        }
        j = TextScan.SkipInlineSpace(text, j + 1);
        if (TextScan.At(text, j) != '之')
        {
            return 0;
        }
        j = TextScan.SkipInlineSpace(text, j + 1);
        var c = TextScan.At(text, j);
        if (!TextScan.IsDigit(c) && !ChineseNumerals.IsNumeralChar(c))
        {
            return 0;
        }
        i = j;
        recurring = Fractions.IsRecurring(denominator);
        return 100 / denominator;
    }

    private bool ReadSuffix(string text, int end, out UnitDef unit, out int unitEnd)
    {
        // Right after the number, after spaces, after a hyphen (ten-year, 3-inch), or in brackets: 20 (kg).
        var at = TextScan.SkipSpace(text, end);
        if (units.Suffixes.TryMatch(text, at, out unit, out unitEnd))
        {
            return true;
        }
        var emphasis = TextScan.SkipEmphasis(text, end);
        if (emphasis > end && units.Suffixes.TryMatch(text, TextScan.SkipInlineSpace(text, emphasis), out unit, out unitEnd)
            && unit.Category is not (UnitCategory.Classifier or UnitCategory.Duration))
        {
            // **390,000** tonnes: Markdown emphasis between the number and its unit.
            return true;
        }
        if (TextScan.At(text, end) == '-' && TextScan.IsLatin(TextScan.At(text, end + 1))
            && units.Suffixes.TryMatch(text, end + 1, out unit, out unitEnd) && unit.Category != UnitCategory.Percent)
        {
            return true;
        }
        var open = TextScan.At(text, at);
        if (open is '(' or '[' or '{' or '<'
            && units.Suffixes.TryMatch(text, at + 1, out unit, out var inner)
            && TextScan.At(text, inner) == Closing(open))
        {
            unitEnd = inner + 1;
            return true;
        }
        return false;
    }

    private static char Closing(char open) => open switch
    {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        _ => '>',
    };

    /// <summary>Whether a unit word read after the number belongs to it.</summary>
    private static bool Accepts(UnitDef? prefix, UnitDef unit, NumberToken number, string text, int unitEnd)
    {
        if (prefix is not null)
        {
            // $400 million dollars: a suffix repeats the prefix; "$ 70 - a - share" has none.
            return unit.Category == UnitCategory.Currency && (unit.Code == prefix.Code);
        }
        if (unit.Symbol == "两" && (TextScan.IsCjk(TextScan.At(text, unitEnd)) || TextScan.IsDigit(TextScan.At(text, unitEnd))))
        {
            // 一两年 is "a year or two", not a weight.
            return false;
        }
        if (unit.Category == UnitCategory.Duration && unit.Code == "year" && (number.IsYearLike || number.Value >= 1000))
        {
            // 2025年 is a date (read before this), never 2025 years.
            return false;
        }
        if (unit.Category == UnitCategory.Percent && unit.Symbol == "折")
        {
            return number.Value is > 0 and < 100 and not 10;
        }
        if (unit.Category == UnitCategory.Percent && text[unitEnd - 1] == '%' && IsUrlEscape(text, unitEnd))
        {
            // %28, %2D: an escape in a URL, not a share.
            return false;
        }
        if (unit.Category == UnitCategory.Percent && unit.Symbol == "成")
        {
            return number.Value is > 0 and <= 10;
        }
        return true;
    }

    private static bool IsUrlEscape(string text, int afterPercent) =>
        char.IsAsciiHexDigit(TextScan.At(text, afterPercent)) && char.IsAsciiHexDigit(TextScan.At(text, afterPercent + 1));

    /// <summary>七成六 (76%), 三成半 (35%), 一吨半 (1.5 t): what Chinese puts after the unit.</summary>
    private static (double Value, int End) ReadAfterUnit(string text, int end, double value, UnitDef unit)
    {
        var c = TextScan.At(text, end);
        if (c == '半' && unit.Category is UnitCategory.Mass or UnitCategory.Length or UnitCategory.Percent)
        {
            return (value + 0.5, end + 1);
        }
        if (unit.Symbol == "成" && value == Math.Floor(value))
        {
            var next = TextScan.SkipInlineSpace(text, end);
            if (ChineseNumerals.Digit(TextScan.At(text, next)) is >= 1 and var tenth && !ChineseNumerals.IsNumeralChar(TextScan.At(text, next + 1))
                && !ChineseNumerals.IsNumeralChar(TextScan.At(text, TextScan.SkipInlineSpace(text, next + 1))))
            {
                return (value + tenth / 10.0, next + 1);
            }
        }
        return (value, end);
    }

    /// <summary>"/kg", "per kilogram", "a kilogram", "每吨" after a price.</summary>
    private bool ReadPerSuffix(string text, int end, out UnitDef mass, out int perEnd)
    {
        var at = TextScan.SkipSpace(text, end);
        if (units.PerBetween.TryMatch(text, at, out _, out var wordEnd))
        {
            var unitAt = TextScan.SkipSpace(text, wordEnd);
            if (units.MassUnits.TryMatch(text, unitAt, out mass, out perEnd))
            {
                return true;
            }
        }
        mass = default!;
        perEnd = end;
        return false;
    }

    private static bool StartsNumber(string text, int i)
    {
        var c = TextScan.At(text, i);
        return TextScan.IsDigit(c) || ChineseNumerals.CanStart(c) || (TextScan.IsLatin(c) && EnglishNumbers.IsNumberWord(text.AsSpan(i, TextScan.WordEnd(text, i) - i)));
    }
}
