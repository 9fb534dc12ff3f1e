using System.Collections.Frozen;

namespace Pipeline.Extraction.Values;

/// <summary>
/// Dates written the English way: October 9, 2025; Oct. 9, 2025; Oct. 9 and June 9-10 (year from the
/// document); 9 October 2025; July 2025; "in July", "the October rules"; a bare year where a date is
/// meant (in 2024, mid-2025, 2024 figures, Summaries 2025) and spans of years (2020-2023 in context,
/// 2020 through 2023); quarters and halves (fourth quarter of 2025, Q1 2025, first half of 2025);
/// this/last/next year; FY2026 and fiscal 2026.
/// </summary>
internal static class EnglishDates
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary();

    /// <summary>Words before a month or a year that make it a date: "in July", "since 2023", "mid-2025".</summary>
    private static readonly FrozenSet<string> DateContext = new[]
    {
        "in", "since", "by", "from", "until", "till", "through", "during", "of", "for", "before", "after", "to",
        "and", "between", "mid", "early", "late", "end", "around", "fiscal", "year", "calendar", "circa",
    }.ToFrozenSet();

    /// <summary>Title nouns before a bare year that make it a date: "Mineral Commodity Summaries 2025", "production 2024".</summary>
    private static readonly FrozenSet<string> TitleNouns = new[]
    {
        "summaries", "summary", "report", "production", "edition", "budget", "outlook", "review", "yearbook",
        "census", "survey", "strategy", "vision", "agenda", "plan", "forecast",
    }.ToFrozenSet();

    /// <summary>Nouns after a bare year that make it a date: "2024 figures", "2030 target".</summary>
    private static readonly FrozenSet<string> YearNouns = new[]
    {
        "figures", "figure", "data", "results", "levels", "level", "output", "production", "exports", "imports",
        "report", "budget", "estimate", "estimates", "target", "targets", "quota", "quotas", "season", "prices",
        "average", "total", "edition", "summaries", "summary", "deadline", "goal", "goals", "forecast", "plan",
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContextLookup =
        DateContext.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLookup =
        YearNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        TitleNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Years English text writes after a month or bare start here.</summary>
    private const int MinYear = 1900;

    /// <summary>first to fourth: the ordinals a quarter or a half of a year takes.</summary>
    public static bool IsOrdinal(ReadOnlySpan<char> word) => EnglishNumbers.TryReadOrdinal(word, out var n) && n <= 4;

    public static bool IsMonth(ReadOnlySpan<char> word) => MonthLookup.ContainsKey(word);

    /// <summary>A date starting with the month name at [<paramref name="start"/>, <paramref name="wordEnd"/>).</summary>
    /// <param name="bare">Whether the month alone is a date without a word before it ("the October rules"); "May" never is.</param>
    public static bool TryReadMonth(string text, int start, int wordEnd, DateContext context, bool bare, out DateHit hit)
    {
        hit = default;
        var word = text.AsSpan(start, wordEnd - start);
        if (!MonthLookup.TryGetValue(word, out var month))
        {
            return false;
        }
        var full = (word.Length > 3 && word is not "sept") || word is "may";
        var i = wordEnd;
        if (!full && TextScan.At(text, i) == '.')
        {
            i++;
        }
        var afterName = i;
        var d = TextScan.SkipSpace(text, i);
        if (d > afterName || !full)
        {
            if (ReadInt(text, d, 2, out var day, out var dayEnd) && day is >= 1 and <= 31)
            {
                dayEnd = SkipOrdinal(text, dayEnd);
                // June 9-10
                var lastDay = 0;
                var spanEnd = dayEnd;
                if (TextScan.At(text, dayEnd) is '-' or '–' && ReadInt(text, dayEnd + 1, 2, out var to, out var toEnd) && to > day)
                {
                    lastDay = to;
                    spanEnd = toEnd;
                }
                var y = TextScan.At(text, spanEnd) == ',' ? spanEnd + 1 : spanEnd;
                y = TextScan.SkipSpace(text, y);
                if (ReadInt(text, y, 4, out var year, out var yearEnd) && year >= MinYear)
                {
                    return Set(out hit, start, yearEnd, Span(year, month, day, lastDay));
                }
                if (context.Year is { } contextYear && !TextScan.IsDigit(TextScan.At(text, y)))
                {
                    return SetFromContext(out hit, start, spanEnd, Span(contextYear, month, day, lastDay), context);
                }
                return false;
            }
            var yearAt = TextScan.At(text, d) == ',' ? TextScan.SkipSpace(text, d + 1) : d;
            if (ReadInt(text, yearAt, 4, out var onlyYear, out var onlyYearEnd) && onlyYear >= MinYear)
            {
                return Set(out hit, start, onlyYearEnd, CalendarSpans.Month(onlyYear, month));
            }
        }
        // "in July", "the October rules", "October's": a month alone, its year from the context.
        if (full && context.Year is { } y2 && (HasDateContext(text, start) || (bare && word is not "may")))
        {
            return SetFromContext(out hit, start, wordEnd, CalendarSpans.Month(y2, month), context);
        }
        return false;
    }

    /// <summary>fourth quarter of 2025, first half of 2025, q1 2025, h1 2025; the word at [<paramref name="start"/>, <paramref name="wordEnd"/>).</summary>
    public static bool TryReadPart(string text, int start, int wordEnd, out DateHit hit)
    {
        hit = default;
        var word = text.AsSpan(start, wordEnd - start);
        int year, yearEnd;
        if (word is "q" or "h" && TextScan.At(text, wordEnd) is >= '1' and <= '4' && !TextScan.IsWordChar(TextScan.At(text, wordEnd + 1)))
        {
            var n = TextScan.At(text, wordEnd) - '0';
            var y = TextScan.SkipInlineSpace(text, wordEnd + 1);
            if (y == wordEnd + 1 || !ReadYear(text, y, out year, out yearEnd) || (word is "h" && n > 2))
            {
                return false;
            }
            return Set(out hit, start, yearEnd, word is "q" ? CalendarSpans.Quarter(year, n) : CalendarSpans.Half(year, n == 2));
        }
        if (!EnglishNumbers.TryReadOrdinal(word, out var ordinal) || ordinal > 4)
        {
            return false;
        }
        var partAt = TextScan.SkipInlineSpace(text, wordEnd);
        var partEnd = TextScan.WordEnd(text, partAt);
        var part = text.AsSpan(partAt, partEnd - partAt);
        if (partAt == wordEnd || part is not ("quarter" or "half") || (part is "half" && ordinal > 2))
        {
            return false;
        }
        // "of 2025", "2025" or "of fiscal 2025" are not all English writes; the year must follow.
        var at = TextScan.SkipInlineSpace(text, partEnd);
        if (text.AsSpan(at).StartsWith("of "))
        {
            at = TextScan.SkipInlineSpace(text, at + 3);
        }
        if (at == partEnd || !ReadYear(text, at, out year, out yearEnd))
        {
            return false;
        }
        return Set(out hit, start, yearEnd, part is "quarter" ? CalendarSpans.Quarter(year, ordinal) : CalendarSpans.Half(year, ordinal == 2));
    }

    /// <summary>The second half of a span of years after "through", "to" or a dash: 2023, or 23 after 2020-.</summary>
    public static bool TryReadYearAfter(string text, int start, int firstYear, bool shortForm, out int year, out int end)
    {
        if (ReadYear(text, start, out year, out end))
        {
            return year > firstYear && year - firstYear <= 100;
        }
        if (shortForm && ReadInt(text, start, 2, out var yy, out end) && end - start == 2 && !TextScan.IsWordChar(TextScan.At(text, end)))
        {
            year = firstYear / 100 * 100 + yy;
            return year > firstYear;
        }
        return false;
    }

    private static bool ReadYear(string text, int start, out int year, out int end) =>
        ReadInt(text, start, 4, out year, out end) && end - start == 4 && year is >= MinYear and <= CalendarSpans.MaxYear
        && !TextScan.IsLatin(TextScan.At(text, end)) && !(TextScan.At(text, end) is '%');

    /// <summary>9 October 2025, 9 Oct (year from the document).</summary>
    public static bool TryReadDayFirst(string text, int start, DateContext context, out DateHit hit)
    {
        hit = default;
        if (!ReadInt(text, start, 2, out var day, out var dayEnd) || day is < 1 or > 31)
        {
            return false;
        }
        var m = TextScan.SkipInlineSpace(text, SkipOrdinal(text, dayEnd));
        if (m == dayEnd || !TextScan.IsLatin(TextScan.At(text, m)))
        {
            return false;
        }
        var mEnd = TextScan.WordEnd(text, m);
        if (!MonthLookup.TryGetValue(text.AsSpan(m, mEnd - m), out var month) || text.AsSpan(m, mEnd - m) is "may" or "march")
        {
            return false;
        }
        var afterMonth = TextScan.At(text, mEnd) == '.' ? mEnd + 1 : mEnd;
        var y = TextScan.SkipInlineSpace(text, TextScan.At(text, afterMonth) == ',' ? afterMonth + 1 : afterMonth);
        if (ReadInt(text, y, 4, out var year, out var yearEnd) && year >= MinYear)
        {
            return Set(out hit, start, yearEnd, CalendarSpans.Day(year, month, day));
        }
        return context.Year is { } contextYear && SetFromContext(out hit, start, mEnd, CalendarSpans.Day(contextYear, month, day), context);
    }

    /// <summary>A bare four-digit year (1990-2035) where a date is meant: "in 2024", "mid-2025", "2024 figures".</summary>
    public static bool TryReadYear(string text, int start, NumberToken number, out DateHit hit)
    {
        hit = default;
        if (!number.IsYearLike || number.Value is < 1990 or > 2035)
        {
            return false;
        }
        var next = TextScan.At(text, number.End);
        var first = (int)number.Value;
        if (next is '-' or '–' && TryReadYearAfter(text, number.End + 1, first, shortForm: true, out var last, out var lastEnd))
        {
            // 2020-2023, 2020-23: a span of years where a date is meant.
            return (HasDateContext(text, start) || IsFollowedByYearNoun(text, lastEnd) || IsAfterTitleNoun(text, start))
                && Set(out hit, start, lastEnd, CalendarSpans.Years(first, last));
        }
        if (next is '%' or '-' or '/' or '.' && TextScan.IsDigit(TextScan.At(text, number.End + 1)) || next == '%')
        {
            return false;
        }
        if (HasDateContext(text, start) || IsFollowedByYearNoun(text, number.End) || IsAfterTitleNoun(text, start))
        {
            return Set(out hit, start, number.End, CalendarSpans.Year(first));
        }
        return false;
    }

    /// <summary>this year, last year, next year; FY2026, FY 2026, fiscal 2026, fiscal year 2026.</summary>
    public static bool TryReadWord(string text, int start, int wordEnd, DateOnly? documentDate, out DateHit hit)
    {
        hit = default;
        var word = text.AsSpan(start, wordEnd - start);
        if (word is "this" or "last" or "next")
        {
            var y = TextScan.SkipInlineSpace(text, wordEnd);
            if (documentDate is not { } date || y == wordEnd || !text.AsSpan(y).StartsWith("year") || TextScan.IsLatin(TextScan.At(text, y + 4)))
            {
                return false;
            }
            var year = date.Year + (word is "last" ? -1 : word is "next" ? 1 : 0);
            return Set(out hit, start, y + 4, CalendarSpans.Year(year));
        }
        if (word is "fy" or "fiscal")
        {
            var i = TextScan.SkipInlineSpace(text, wordEnd);
            if (word is "fiscal" && text.AsSpan(i).StartsWith("year "))
            {
                i = TextScan.SkipInlineSpace(text, i + 4);
            }
            if (ReadInt(text, i, 4, out var year, out var end) && !TextScan.IsLatin(TextScan.At(text, end)))
            {
                year = end - i == 2 ? 2000 + year : year;
                if (end - i is 2 or 4 && CalendarSpans.Year(year) is { } span)
                {
                    hit = new DateHit(start, end, span, ChineseDates.FiscalNote);
                    return true;
                }
            }
        }
        return false;
    }

    private static DateSpan? Span(int year, int month, int day, int lastDay) =>
        lastDay > 0 ? CalendarSpans.Days(year, month, day, lastDay) : CalendarSpans.Day(year, month, day);

    private static bool HasDateContext(string text, int start)
    {
        var end = start;
        while (end > 0 && (TextScan.IsSpace(text[end - 1]) || text[end - 1] == '-'))
        {
            end--;
        }
        var wordStart = TextScan.WordStart(text, end);
        return wordStart < end && ContextLookup.Contains(text.AsSpan(wordStart, end - wordStart));
    }

    /// <summary>"Summaries 2025", "production 2024": a title noun right before the year, on the same line.</summary>
    private static bool IsAfterTitleNoun(string text, int start)
    {
        var end = start;
        while (end > 0 && TextScan.IsSpace(text[end - 1]))
        {
            end--;
        }
        var wordStart = TextScan.WordStart(text, end);
        return end < start && wordStart < end && TitleLookup.Contains(text.AsSpan(wordStart, end - wordStart));
    }

    private static bool IsFollowedByYearNoun(string text, int end)
    {
        var start = TextScan.SkipInlineSpace(text, end);
        if (start == end)
        {
            return false;
        }
        var wordEnd = TextScan.WordEnd(text, start);
        return NounLookup.Contains(text.AsSpan(start, wordEnd - start));
    }

    private static int SkipOrdinal(string text, int end) =>
        text.AsSpan(end).StartsWith("st") || text.AsSpan(end).StartsWith("nd") || text.AsSpan(end).StartsWith("rd") || text.AsSpan(end).StartsWith("th")
            ? (TextScan.IsLatin(TextScan.At(text, end + 2)) ? end : end + 2)
            : end;

    private static bool ReadInt(string text, int start, int maxDigits, out int value, out int end)
    {
        value = 0;
        end = start;
        while (end < text.Length && TextScan.IsDigit(text[end]))
        {
            value = value * 10 + (text[end++] - '0');
        }
        var digits = end - start;
        if (digits == 0 || digits > maxDigits)
        {
            return false;
        }
        var next = TextScan.At(text, end);
        if (next is '.' or ',' && TextScan.IsDigit(TextScan.At(text, end + 1)))
        {
            return false;
        }
        // 9th is a day; 9kg is not.
        return !TextScan.IsLatin(next) || SkipOrdinal(text, end) > end;
    }

    private static bool SetFromContext(out DateHit hit, int start, int end, DateSpan? span, DateContext context)
    {
        hit = span is null ? default : new DateHit(start, end, span, context.Note) { YearFromContext = true };
        return span is not null;
    }

    private static bool Set(out DateHit hit, int start, int end, DateSpan? span)
    {
        hit = span is null ? default : new DateHit(start, end, span);
        return span is not null;
    }
}
