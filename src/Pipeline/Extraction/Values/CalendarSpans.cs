namespace Pipeline.Extraction.Values;

/// <summary>The day spans of a year, half-year, month and day, refusing impossible dates.</summary>
internal static class CalendarSpans
{
    public const int MinYear = 1000;
    public const int MaxYear = 2100;

    public static DateSpan? Year(int year) =>
        year is >= MinYear and <= MaxYear ? new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : null;

    public static DateSpan? Years(int from, int to) =>
        from is >= MinYear and <= MaxYear && to is >= MinYear and <= MaxYear && from < to
            ? new(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31))
            : null;

    /// <summary>上半年 is January to June, 下半年 July to December.</summary>
    public static DateSpan? Half(int year, bool second) =>
        year is >= MinYear and <= MaxYear
            ? second
                ? new(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31))
                : new(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30))
            : null;

    public static DateSpan? Quarter(int year, int quarter) =>
        year is >= MinYear and <= MaxYear && quarter is >= 1 and <= 4
            ? new(new DateOnly(year, quarter * 3 - 2, 1), new DateOnly(year, quarter * 3, DateTime.DaysInMonth(year, quarter * 3)))
            : null;

    public static DateSpan? Month(int year, int month) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12
            ? new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)))
            : null;

    public static DateSpan? Day(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? DateSpan.Day(new DateOnly(year, month, day))
            : null;

    public static DateSpan? Days(int year, int month, int from, int to) =>
        Day(year, month, from) is { } first && Day(year, month, to) is { } last && from < to ? new(first.From, last.To) : null;
}
