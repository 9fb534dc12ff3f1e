namespace Pipeline.Extraction.Values;

/// <summary>
/// Dates written the Chinese way: 2025年10月9日, 2025 年 10 月, 2025年上半年, 2025年一季度, 2025年前三季度,
/// 2024年初, 2026财年, 1990年代, 20世纪80年代, 2023-2025年, 10月9日, 8月 and 10月初 (year from the context),
/// 今年/去年/明年 (and 今年4月), 同年9月 (the year written last). Also ISO dates 2025-10-09 and 2025/10/09.
/// </summary>
internal static class ChineseDates
{
    /// <summary>A date starting with a number at <paramref name="start"/>.</summary>
    public static bool TryRead(string text, int start, DateContext context, out DateHit hit)
    {
        hit = default;
        if (!ReadInt(text, start, out var first, out var firstEnd, out var firstDigits))
        {
            return false;
        }
        if (firstDigits == 4 && first is >= CalendarSpans.MinYear and <= CalendarSpans.MaxYear)
        {
            return (first >= IsoMinYear && TryIso(text, start, first, firstEnd, out hit)) || TryFromYear(text, start, first, firstEnd, out hit);
        }
        if (TryCentury(text, start, first, firstEnd, out hit) || TryDecade(text, start, first, firstEnd, firstDigits, context, out hit))
        {
            return true;
        }
        // 10月9日, 8月: the year is the document's, else the one written last.
        if (context.Year is { } year && TryMonthDay(text, start, year, first, firstEnd, out hit))
        {
            hit = hit with { YearFromContext = true, Note = context.Note };
            return true;
        }
        // 21日: a day of the dateline's month.
        return firstDigits <= 2 && RelativeDays.TryReadDayOfMonth(text, start, context.DocumentDate, out hit);
    }

    /// <summary>今年, 去年, 明年 and 同年 ("the same year") and what follows them (今年上半年, 去年10月, 同年9月).</summary>
    public static bool TryReadRelative(string text, int start, DateContext context, out DateHit hit)
    {
        hit = default;
        if (TextScan.At(text, start + 1) != '年')
        {
            return false;
        }
        int? year = text[start] switch
        {
            // Without a document date, "this year" is the year the text spoke of last.
            '今' => context.Year,
            '去' => context.DocumentDate?.Year - 1,
            '明' => context.DocumentDate?.Year + 1,
            '同' => context.LastYear,
            _ => null,
        };
        if (year is not { } y || !AfterYear(text, start, y, start + 2, out hit))
        {
            return false;
        }
        var note = text[start] == '同' ? null : context.Note;
        hit = hit with { YearFromContext = true, Note = note };
        return true;
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
        if (year < IsoMinYear && IsSpanOfYears(text, i + 1))
        {
            // 1000年前, 1500年历史: a number of years, not a year.
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
        if (TryQuarters(text, i, year, out var quarters, out var quartersEnd))
        {
            return Set(out hit, start, quartersEnd, quarters);
        }
        if (ReadInt(text, i, out var month, out var monthEnd, out _) && TryMonthDay(text, start, year, month, monthEnd, out hit))
        {
            return true;
        }
        // 2024年初, 2023年底: the enclosing year.
        var end = afterYear;
        if (TextScan.At(text, afterYear) is '底' or '末' || (TextScan.At(text, afterYear) == '初' && TextScan.At(text, afterYear + 1) is not ('步' or '次' or '级' or '期' or '始' or '衷')))
        {
            end = afterYear + 1;
        }
        return Set(out hit, start, end, CalendarSpans.Year(year)!);
    }

    /// <summary>
    /// After "YYYY年": 第一季度, 一季度, 三季度, Q3 (a quarter); 前三季度 (from January to the end of the
    /// third quarter); 前8个月, 前八月 (from January to the end of that month).
    /// </summary>
    private static bool TryQuarters(string text, int i, int year, out DateSpan span, out int end)
    {
        span = default!;
        end = i;
        var c = TextScan.At(text, i);
        var cumulative = c == '前';
        var j = c is '前' or '第' ? i + 1 : i;
        if (TextScan.At(text, j) == 'q' && TextScan.At(text, j + 1) is >= '1' and <= '4' && !TextScan.IsDigit(TextScan.At(text, j + 2)) && j == i)
        {
            var q = TextScan.At(text, j + 1) - '0';
            span = CalendarSpans.Quarter(year, q)!;
            end = j + 2;
            return true;
        }
        if (!ReadInt(text, j, out var n, out var after, out _))
        {
            return false;
        }
        if (n is >= 1 and <= 4 && text.AsSpan(after).StartsWith("季"))
        {
            end = after + (TextScan.At(text, after + 1) == '度' ? 2 : 1);
            var last = CalendarSpans.Quarter(year, n)!;
            span = cumulative ? new DateSpan(new DateOnly(year, 1, 1), last.To) : last;
            return true;
        }
        if (cumulative && n is >= 1 and <= 12 && (text.AsSpan(after).StartsWith("个月") || (text.AsSpan(after).StartsWith("月") && !TextScan.IsDigit(TextScan.At(text, after + 1)))))
        {
            end = after + (text[after] == '个' ? 2 : 1);
            span = new DateSpan(new DateOnly(year, 1, 1), CalendarSpans.Month(year, n)!.To);
            return true;
        }
        return false;
    }

    /// <summary>20世纪80年代 (a decade), 20世纪 (a century); not 20世纪末, a vague period.</summary>
    private static bool TryCentury(string text, int start, int century, int centuryEnd, out DateHit hit)
    {
        hit = default;
        var i = TextScan.SkipInlineSpace(text, centuryEnd);
        if (century is < 11 or > 21 || !text.AsSpan(i).StartsWith("世纪"))
        {
            return false;
        }
        var first = (century - 1) * 100;
        var d = TextScan.SkipInlineSpace(text, i + 2);
        if (ReadInt(text, d, out var decade, out var decadeEnd, out _) && decade is >= 0 and <= 90 && decade % 10 == 0
            && text.AsSpan(TextScan.SkipInlineSpace(text, decadeEnd)).StartsWith("年代"))
        {
            var (from, to, end) = DecadePart(text, first + decade, TextScan.SkipInlineSpace(text, decadeEnd) + 2);
            return Set(out hit, start, end, CalendarSpans.Years(from, to)!);
        }
        if (TextScan.At(text, i + 2) is '初' or '末' or '中' or '上' or '下' or '前' or '后')
        {
            return false;
        }
        return Set(out hit, start, i + 2, CalendarSpans.Years(first, first + 99)!);
    }

    /// <summary>
    /// 90年代 and 上世纪90年代 without the century written: the last such decade that began by the
    /// document's year (上世纪: of the century before the document's).
    /// </summary>
    private static bool TryDecade(string text, int start, int decade, int decadeEnd, int digits, DateContext context, out DateHit hit)
    {
        hit = default;
        var after = TextScan.SkipInlineSpace(text, decadeEnd);
        if (digits != 2 || decade % 10 != 0 || !text.AsSpan(after).StartsWith("年代") || context.Year is not { } year)
        {
            return false;
        }
        var before = text.AsSpan(0, start).TrimEnd();
        var lastCentury = before.EndsWith("上世纪") || before.EndsWith("上个世纪");
        var century = year / 100 * 100 - (lastCentury ? 100 : 0);
        var first = century + decade;
        if (!lastCentury && first > year)
        {
            first -= 100;
        }
        var (from, to, end) = DecadePart(text, first, after + 2);
        return CalendarSpans.Years(from, to) is { } span && Set(out hit, start, end, span);
    }

    /// <summary>90年代初 (1990–1993), 90年代中期 (1993–1997), 90年代末 (1997–1999), else the whole decade.</summary>
    private static (int From, int To, int End) DecadePart(string text, int first, int afterDecade)
    {
        var rest = text.AsSpan(afterDecade);
        return rest.StartsWith("中期") || rest.StartsWith("中叶") ? (first + 3, first + 7, afterDecade + 2)
            : rest.StartsWith("初期") || rest.StartsWith("后期") || rest.StartsWith("末期") ? rest[0] == '初' ? (first, first + 3, afterDecade + 2) : (first + 7, first + 9, afterDecade + 2)
            : rest.StartsWith("初") ? (first, first + 3, afterDecade + 1)
            : rest.StartsWith("末") ? (first + 7, first + 9, afterDecade + 1)
            : (first, first + 9, afterDecade);
    }

    /// <summary>What follows "N年" when N counts years: 1000年前, 1500年历史, 300年来.</summary>
    private static bool IsSpanOfYears(string text, int afterYear) =>
        TextScan.At(text, afterYear) is '前' or '后' or '来' or '之' or '间' or '左' or '以' or '多' or '内' or '里' or '历';

    private static bool TryMonthDay(string text, int start, int year, int month, int monthEnd, out DateHit hit)
    {
        hit = default;
        var i = TextScan.SkipInlineSpace(text, monthEnd);
        if (TextScan.At(text, i) != '月' || CalendarSpans.Month(year, month) is not { } monthSpan)
        {
            return false;
        }
        var afterMonth = i + 1;
        // 10月初, 10月中旬, 10月底: within the month, read as the month.
        if (TextScan.At(text, afterMonth) is '底' or '末' || (TextScan.At(text, afterMonth) == '初' && TextScan.At(text, afterMonth + 1) is not ('步' or '次')))
        {
            return Set(out hit, start, afterMonth + 1, monthSpan);
        }
        if (TextScan.At(text, afterMonth) is '上' or '中' or '下' && TextScan.At(text, afterMonth + 1) == '旬')
        {
            return Set(out hit, start, afterMonth + 2, monthSpan);
        }
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

    /// <summary>ISO dates and the years English text writes bare start here; 年 after a number reads older years (1835年).</summary>
    private const int IsoMinYear = 1900;

    public const string FiscalNote = "fiscal year, read as the calendar year";
}
