namespace Pipeline.Extraction.Values;

/// <summary>
/// Chinese numerals, common and financial: 三千五百, 两万二, 一百零五, 十七, 拾万零五十六点叁叁,
/// digit strings (二〇二五, 三八), with the spaces some writers put between them (一 百 五 十).
/// Magnitudes 万/亿/兆 inside the numeral are part of it; after Arabic digits see <see cref="Magnitudes"/>.
/// </summary>
internal static class ChineseNumerals
{
    public static int Digit(char c) => c switch
    {
        '零' or '〇' or '○' => 0, // ○ (a white circle) stands in for 〇 in much typeset text: 百分之○點一
        '一' or '壹' => 1,
        '二' or '贰' or '两' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    public static double SmallPlace(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>万 1e4, 亿 1e8, 兆 1e12 (as in money amounts: 四十九兆九千五百九十二亿元).</summary>
    public static double BigPlace(char c) => c switch
    {
        '万' => 1e4,
        '亿' => 1e8,
        '兆' => 1e12,
        _ => 0,
    };

    /// <summary>Whether a numeral can start at <paramref name="c"/> (places like 百 cannot: 百姓, 千万).</summary>
    public static bool CanStart(char c) => (Digit(c) > 0 || c is '十' or '拾') && c != '零';

    public static bool IsNumeralChar(char c) => Digit(c) >= 0 || SmallPlace(c) > 0 || BigPlace(c) > 0;

    public static bool TryRead(string text, int start, out NumberToken number)
    {
        number = default;
        if (!CanStart(TextScan.At(text, start)) && !(Digit(TextScan.At(text, start)) == 0 && TextScan.At(text, start + 1) is '点' or '點'))
        {
            return false; // a numeral starts with a digit or 十, or is a fraction below one: 零点五, 〇點一
        }
        double total = 0, section = 0, lastBig = 0, lastPlace = 0;
        var digit = -1;
        var digitsInRow = 0;
        double digitString = 0;
        var placeSeen = false;
        var afterPlace = false;
        var zeroAfterPlace = false;
        var i = start;
        var end = start;
        while (i < text.Length)
        {
            var c = text[i];
            int d;
            double place;
            if ((d = Digit(c)) >= 0)
            {
                if (c == '两' && !(SmallPlace(Next(text, i + 1)) > 0 || BigPlace(Next(text, i + 1)) > 0))
                {
                    // 两 is "two" before a place (两百, 两万) or alone; after a numeral it is the unit liang.
                    if (i != start || digitsInRow > 0)
                    {
                        break;
                    }
                }
                if (d == 0 && afterPlace)
                {
                    zeroAfterPlace = true;
                    afterPlace = false;
                }
                else if (digitsInRow > 0)
                {
                    if (placeSeen)
                    {
                        break;
                    }
                    digitString = digitString * 10 + d;
                    digit = d;
                    digitsInRow++;
                }
                else
                {
                    digit = d;
                    digitString = d;
                    digitsInRow = 1;
                }
                afterPlace = false;
            }
            else if ((place = SmallPlace(c)) > 0)
            {
                if (digitsInRow > 1)
                {
                    return false;
                }
                if (lastPlace > 0 && lastPlace < 1e4 && place >= lastPlace)
                {
                    // 七十百 is not a numeral: places fall within a section (百 then 十).
                    break;
                }
                section += (digit < 0 ? 1 : digit) * place;
                (digit, digitsInRow, lastPlace, placeSeen, afterPlace, zeroAfterPlace) = (-1, 0, place, true, true, false);
            }
            else if ((place = BigPlace(c)) > 0)
            {
                if (digitsInRow > 1)
                {
                    return false;
                }
                if (digit >= 0)
                {
                    section += digit;
                }
                if (section == 0 && total == 0)
                {
                    break;
                }
                total = lastBig == 0 || place > lastBig ? (total + section) * place : total + section * place;
                lastBig = Math.Max(lastBig, place);
                section = 0;
                (digit, digitsInRow, lastPlace, placeSeen, afterPlace, zeroAfterPlace) = (-1, 0, place, true, true, false);
            }
            else
            {
                break;
            }
            i++;
            end = i;
            i = SkipSpaceBeforeNumeral(text, i);
        }
        if (end == start)
        {
            return false;
        }
        double value;
        if (digitsInRow > 1)
        {
            value = total + section + digitString;
        }
        else if (digit >= 0 && lastPlace >= 100 && !zeroAfterPlace && IsRightAfterPlace(text, start, end))
        {
            // 一百二 = 120, 两万二 = 22000: a last digit right after a place counts one place lower.
            value = total + section + digit * lastPlace / 10;
        }
        else
        {
            value = total + section + Math.Max(digit, 0);
        }
        end = ReadDecimals(text, end, ref value);
        number = new NumberToken(value, start, end, ArabicInteger: false);
        return true;
    }

    /// <summary>点 and digits after it: 八点五, 一百二十点五.</summary>
    private static int ReadDecimals(string text, int end, ref double value)
    {
        var i = TextScan.SkipInlineSpace(text, end);
        if (TextScan.At(text, i) != '点')
        {
            return end;
        }
        i = TextScan.SkipInlineSpace(text, i + 1);
        double scale = 0.1, fraction = 0;
        var decimalsEnd = -1;
        while (i < text.Length && Digit(text[i]) is var d and >= 0 && text[i] != '两')
        {
            fraction += d * scale;
            scale /= 10;
            decimalsEnd = i + 1;
            i = SkipSpaceBeforeNumeral(text, i + 1);
        }
        if (decimalsEnd < 0)
        {
            return end;
        }
        value += fraction;
        return decimalsEnd;
    }

    private static bool IsRightAfterPlace(string text, int start, int end)
    {
        var last = end - 1;
        var before = last - 1;
        while (before > start && TextScan.IsSpace(text[before]))
        {
            before--;
        }
        return before >= start && (SmallPlace(text[before]) > 0 || BigPlace(text[before]) > 0);
    }

    private static char Next(string text, int i) => TextScan.At(text, TextScan.SkipInlineSpace(text, i));

    private static int SkipSpaceBeforeNumeral(string text, int i)
    {
        var next = TextScan.SkipInlineSpace(text, i);
        return next > i && IsNumeralChar(TextScan.At(text, next)) ? next : i;
    }
}
