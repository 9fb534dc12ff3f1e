namespace Pipeline.Extraction.Values;

/// <summary>
/// Dates written the Chinese way: 2025年10月9日, 2025 年 10 月, 2025年上半年, 2026财年, 1990年代,
/// 2023-2025年, 10月9日 and 8月 (year from the document date), 今年/去年/明年 (and 今年4月).
/// Also ISO dates 2025-10-09 and 2025/10/09.
/// </summary>
internal static class ChineseDates
{
    /// <summary>A date starting with a number at <paramref name="start"/>.</summary>
    public static bool TryRead(string text, int start, DateOnly? documentDate, out DateHit hit)
    {
        hit = default;
        if (!ReadInt(text, start, out var first, out var firstEnd, out var firstDigits))
        {
            return false;
        }
        if (firstDigits == 4 && first is >= CalendarSpans.MinYear and <= CalendarSpans.MaxYear)
        {
            return TryIso(text, start, first, firstEnd, out hit) || TryFromYear(text, start, first, firstEnd, out hit);
        }
        // 10月9日, 8月: the year is the document's.
        return documentDate is { } date && TryMonthDay(text, start, date.Year, first, firstEnd, out hit);
    }

    /// <summary>今年, 去年, 明年 and what follows them (今年上半年, 去年10月).</summary>
    public static bool TryReadRelative(string text, int start, DateOnly? documentDate, out DateHit hit)
    {
        hit = default;
        if (documentDate is not { } date || TextScan.At(text, start + 1) != '年')
        {
            return false;
        }
        int? year = text[start] switch
        {
            '今' => date.Year,
            '去' => date.Year - 1,
            '明' => date.Year + 1,
            _ => null,
        };
        if (year is not { } y)
        {
            return false;
        }
        return AfterYear(text, start, y, start + 2, out hit);
    }

    private static bool TryIso(string text, int start, int year, int yearEnd, out DateHit hit)
    {
        hit = default;
        var separator = TextScan.At(text, yearEnd);
        if (separator is not ('-' or '/') || !ReadInt(text, yearEnd + 1, out var month, out var monthEnd, out var monthDigits)
            || monthDigits > 2 || TextScan.At(text, monthEnd) != separator
            || !ReadInt(text, monthEnd + 1, out var day, out var dayEnd, out var dayDigits) || dayDigits > 2
            || TextScan.IsDigit(TextScan.At(text, dayEnd)) || CalendarSpans.Day(year, month, day) is not { } span)
        {
            return false;
        }
        hit = new DateHit(start, dayEnd, span);
        return true;
    }

    private static bool TryFromYear(string text, int start, int year, int yearEnd, out DateHit hit)
    {
        hit = default;
        var i = TextScan.SkipInlineSpace(text, yearEnd);
        // 2023-2025年: a span of years.
        if (TextScan.At(text, i) is '-' or '–' or '~' or '至' or '到'
            && ReadInt(text, TextScan.SkipInlineSpace(text, i + 1), out var last, out var lastEnd, out var lastDigits) && lastDigits == 4
            && TextScan.At(text, TextScan.SkipInlineSpace(text, lastEnd)) == '年' && CalendarSpans.Years(year, last) is { } years)
        {
            hit = new DateHit(start, TextScan.SkipInlineSpace(text, lastEnd) + 1, years);
            return true;
        }
        if (text.AsSpan(i).StartsWith("财年") || text.AsSpan(i).StartsWith("财政年度"))
        {
            var end = i + (text[i + 1] == '年' ? 2 : 4);
            hit = new DateHit(start, end, CalendarSpans.Year(year)!, FiscalNote);
            return true;
        }
        if (TextScan.At(text, i) != '年')
        {
            return false;
        }
        if (TextScan.At(text, i + 1) == '代')
        {
            // 1990年代: the decade.
            return year % 10 == 0 && CalendarSpans.Years(year, year + 9) is { } decade && Set(out hit, start, i + 2, decade);
        }
        return AfterYear(text, start, year, i + 1, out hit);
    }

    /// <summary>What may follow "YYYY年": a half, a quarter, a month (and day), or nothing.</summary>
    private static bool AfterYear(string text, int start, int year, int afterYear, out DateHit hit)
    {
        var i = TextScan.SkipInlineSpace(text, afterYear);
        if (text.AsSpan(i).StartsWith("上半年") || text.AsSpan(i).StartsWith("下半年"))
        {
            return Set(out hit, start, i + 3, CalendarSpans.Half(year, text[i] == '下')!);
        }
        if (text.AsSpan(i).StartsWith("第") && i + 3 < text.Length && text.AsSpan(i + 2).StartsWith("季度")
            && ChineseNumerals.Digit(text[i + 1]) is >= 1 and <= 4 and var quarter)
        {
            return Set(out hit, start, i + 4, CalendarSpans.Quarter(year, quarter)!);
        }
        if (ReadInt(text, i, out var month, out var monthEnd, out _) && TryMonthDay(text, start, year, month, monthEnd, out hit))
        {
            return true;
        }
        return Set(out hit, start, afterYear, CalendarSpans.Year(year)!);
    }

    private static bool TryMonthDay(string text, int start, int year, int month, int monthEnd, out DateHit hit)
    {
        hit = default;
        var i = TextScan.SkipInlineSpace(text, monthEnd);
        if (TextScan.At(text, i) != '月' || CalendarSpans.Month(year, month) is not { } monthSpan)
        {
            return false;
        }
        var afterMonth = i + 1;
        var d = TextScan.SkipInlineSpace(text, afterMonth);
        if (ReadInt(text, d, out var day, out var dayEnd, out _))
        {
            var mark = TextScan.SkipInlineSpace(text, dayEnd);
            if (TextScan.At(text, mark) is '日' or '号' && CalendarSpans.Day(year, month, day) is { } daySpan)
            {
                return Set(out hit, start, mark + 1, daySpan);
            }
        }
        return Set(out hit, start, afterMonth, monthSpan);
    }

    private static bool Set(out DateHit hit, int start, int end, DateSpan span)
    {
        hit = new DateHit(start, end, span);
        return true;
    }

    /// <summary>A whole number in Arabic digits or Chinese numerals (二〇二五, 十月), and how many digits it had.</summary>
    private static bool ReadInt(string text, int start, out int value, out int end, out int digits)
    {
        value = 0;
        end = start;
        digits = 0;
        if (TextScan.IsDigit(TextScan.At(text, start)))
        {
            while (end < text.Length && TextScan.IsDigit(text[end]) && digits < 5)
            {
                value = value * 10 + (text[end++] - '0');
                digits++;
            }
            return !TextScan.IsDigit(TextScan.At(text, end)) && TextScan.At(text, end) != '.' && !(TextScan.At(text, end) == ',' && TextScan.IsDigit(TextScan.At(text, end + 1)));
        }
        if (ChineseNumerals.TryRead(text, start, out var number) && number.Value == Math.Floor(number.Value) && number.Value < 10000)
        {
            value = (int)number.Value;
            end = number.End;
            digits = value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1;
            return true;
        }
        return false;
    }

    public const string FiscalNote = "fiscal year, read as the calendar year";
}
