namespace Pipeline.Extraction.Values;

/// <summary>
/// Days that news writes relative to its own date: 21日 and 周四（9日） (a day of the dateline's
/// month, or of the month before when the day is later than the dateline's), 昨天/昨晚/昨傍晚 and
/// "yesterday", "Friday"/星期五/周五 (the last such day on or before the dateline; 下星期一, 上周五
/// and 本周三 in the next, last or this week). Without a
/// document date none of them is a date: the text alone does not say which. 今天 and "today" are
/// left alone: "China today refines 90%" speaks of the present, not of one day.
/// </summary>
internal static class RelativeDays
{
    public const string Note = "relative to the document's date";

    private static readonly string[] EnglishWeekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    // 周日/星期日/星期天 is Sunday; the others count from Monday (一) as DayOfWeek does from Sunday.
    private const string ChineseWeekdays = "日一二三四五六";

    /// <summary>"21日" at a digit: a day of the month the document was written in (or the month before).</summary>
    public static bool TryReadDayOfMonth(string text, int start, DateOnly? documentDate, out DateHit hit)
    {
        hit = default;
        var end = start;
        var day = 0;
        while (end < text.Length && TextScan.IsDigit(text[end]) && end - start < 2)
        {
            day = day * 10 + (text[end++] - '0');
        }
        var mark = TextScan.SkipInlineSpace(text, end);
        if (documentDate is not { } written || end == start || TextScan.IsDigit(TextScan.At(text, end)) || TextScan.At(text, mark) != '日'
            || !EndsDay(TextScan.At(text, mark + 1)) || DayOnOrBefore(written, day) is not { } date)
        {
            return false;
        }
        hit = new DateHit(start, mark + 1, DateSpan.Day(date), Note) { YearFromContext = true };
        return true;
    }

    /// <summary>昨天, 昨晚, 今天, 周五, 星期五 (and 周四（9日）, where the bracket gives the day) at a CJK character.</summary>
    public static bool TryReadChinese(string text, int start, DateOnly? documentDate, out DateHit hit)
    {
        hit = default;
        if (documentDate is not { } written)
        {
            return false;
        }
        var c = text[start];
        var next = TextScan.At(text, start + 1);
        if (c == '昨' && next is '天' or '日' or '晚' or '夜' or '早' or '傍' or '午')
        {
            var end = next == '傍' && TextScan.At(text, start + 2) == '晚' ? start + 3 : start + 2;
            return Set(out hit, start, end, written.AddDays(-1));
        }
        var dayAt = c == '周' ? start + 1 : c == '星' && next == '期' ? start + 2 : -1;
        var weekday = dayAt > 0 ? ChineseWeekdays.IndexOf(TextScan.At(text, dayAt) is '天' ? '日' : TextScan.At(text, dayAt)) : -1;
        if (weekday < 0 || TextScan.At(text, dayAt + 1) is '年' or '内' or '末' or '期')
        {
            return false;
        }
        // 周四（9日）: the bracketed day says which Thursday.
        var open = TextScan.SkipInlineSpace(text, dayAt + 1);
        if (TextScan.At(text, open) is '（' or '(' && TryReadDayOfMonth(text, TextScan.SkipInlineSpace(text, open + 1), written, out var inBrackets))
        {
            var close = TextScan.SkipInlineSpace(text, inBrackets.End);
            if (TextScan.At(text, close) is '）' or ')')
            {
                hit = inBrackets with { Start = start, End = close + 1 };
                return true;
            }
        }
        // 下星期一即11月10日: the date after 即 ("that is") says which Monday, and is read on its own.
        var restated = TextScan.SkipInlineSpace(text, dayAt + 1);
        if (TextScan.At(text, restated) == '即' && TextScan.At(text, TextScan.SkipInlineSpace(text, restated + 1)) is var first
            && (TextScan.IsDigit(first) || ChineseNumerals.CanStart(first)))
        {
            return false;
        }
        // 下星期一 (next week's), 上周五 (last week's), 本周三 (this week's); else the last one on or before the dateline.
        var week = TextScan.At(text, start - 1) switch { '下' => 1, '上' => -1, '本' or '这' => 0, _ => (int?)null };
        var date = week is { } offset ? WeekdayOfWeek(written, (DayOfWeek)weekday, offset) : LastWeekday(written, (DayOfWeek)weekday);
        return Set(out hit, week is null ? start : start - 1, dayAt + 1, date);
    }

    /// <summary>The weekday in the week <paramref name="offset"/> weeks from the dateline's (weeks start on Monday).</summary>
    private static DateOnly WeekdayOfWeek(DateOnly written, DayOfWeek weekday, int offset)
    {
        var monday = written.AddDays(-(((int)written.DayOfWeek + 6) % 7));
        return monday.AddDays((7 * offset) + (((int)weekday + 6) % 7));
    }

    /// <summary>"Friday", "yesterday" (the word in lower case, as the normalized text has it).</summary>
    public static bool TryReadEnglish(ReadOnlySpan<char> word, int start, int end, DateOnly? documentDate, out DateHit hit)
    {
        hit = default;
        if (documentDate is not { } written)
        {
            return false;
        }
        if (word is "yesterday")
        {
            return Set(out hit, start, end, written.AddDays(-1));
        }
        for (var day = 0; day < EnglishWeekdays.Length; day++)
        {
            if (word.SequenceEqual(EnglishWeekdays[day]))
            {
                return Set(out hit, start, end, LastWeekday(written, (DayOfWeek)day));
            }
        }
        return false;
    }

    /// <summary>What may follow 日 in a date: not 元/圆 (yen), 本 (Japan), 内/前/后 (a span of days).</summary>
    private static bool EndsDay(char after) => after is not ('元' or '圆' or '币' or '本' or '内' or '前' or '后' or '间' or '均' or '以');

    private static DateOnly? DayOnOrBefore(DateOnly written, int day)
    {
        if (day < 1 || day > 31)
        {
            return null;
        }
        var month = day <= written.Day ? written : written.AddMonths(-1);
        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? new DateOnly(month.Year, month.Month, day) : null;
    }

    private static DateOnly LastWeekday(DateOnly written, DayOfWeek weekday) =>
        written.AddDays(-(((int)written.DayOfWeek - (int)weekday + 7) % 7));

    private static bool Set(out DateHit hit, int start, int end, DateOnly date)
    {
        hit = new DateHit(start, end, DateSpan.Day(date), Note) { YearFromContext = true };
        return true;
    }
}
