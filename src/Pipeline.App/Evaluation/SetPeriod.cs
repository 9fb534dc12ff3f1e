using System.Globalization;
using Pipeline.Extraction;

namespace Pipeline.App.Evaluation;

/// <summary>
/// Reads a date or period as the annotated set writes it, as the days it covers: 2025 (the year),
/// 2025-07 (the month), 2025-07-04 (the day), 2025-Q2 (the quarter), and from/to ranges
/// (2025-10/2026-04; 2025-08-07/08 with the end abbreviated; 2020/- open-ended).
/// </summary>
public static class SetPeriod
{
    /// <summary>The period <paramref name="text"/> names; null when it names none the set's formats allow ("-", "future", "1990s").</summary>
    public static DateSpan? Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Single(text);
        }
        var (first, last) = (text[..slash], text[(slash + 1)..]);
        if (Single(first) is not { } start)
        {
            return null;
        }
        if (last == "-")
        {
            return new DateSpan(start.From, DateOnly.MaxValue);
        }
        // An abbreviated end keeps the start's leading parts: 2025-08-07/08 ends on 2025-08-08.
        var end = last.Length < first.Length && !last.Contains('-', StringComparison.Ordinal)
            ? Single(first[..^last.Length] + last)
            : Single(last);
        return end is { } e && e.To >= start.From ? new DateSpan(start.From, e.To) : null;
    }

    private static DateSpan? Single(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year) && year >= 1)
        {
            return new DateSpan(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        if (text.Length == 7 && text[4] == '-' && text[5] == 'Q'
            && int.TryParse(text[..4], NumberStyles.None, invariant, out year) && year >= 1
            && text[6] is >= '1' and <= '4')
        {
            var first = new DateOnly(year, ((text[6] - '1') * 3) + 1, 1);
            return new DateSpan(first, first.AddMonths(3).AddDays(-1));
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
        {
            return new DateSpan(month, month.AddMonths(1).AddDays(-1));
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            return new DateSpan(day, day);
        }
        return null;
    }
}
