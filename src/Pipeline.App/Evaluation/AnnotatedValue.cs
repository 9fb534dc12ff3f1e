using System.Globalization;
using Pipeline.CrossCheck;
using Pipeline.Extraction;

namespace Pipeline.App.Evaluation;

/// <summary>
/// An annotated claim's value: bounds in the set's base units (a null bound is open), or for
/// unit "date" the day numbers of the first and last day the dates cover.
/// </summary>
/// <param name="Approximate">lo = hi and the note says "approx" (about, 约).</param>
public sealed record AnnotatedValue(double? Low, double? High, string Unit, bool Approximate)
{
    public const string DateUnit = "date";

    public bool IsDate => Unit == DateUnit;

    /// <summary>The value of one claims.tsv row; a <see cref="FormatException"/> says which bound is unreadable.</summary>
    public static AnnotatedValue Parse(string lo, string hi, string unit, string note)
    {
        if (lo.Length == 0 && hi.Length == 0)
        {
            throw new FormatException("lo and hi are both empty");
        }
        if (unit == DateUnit)
        {
            return new AnnotatedValue(Day(lo, "lo", p => p.From), Day(hi, "hi", p => p.To), unit, Approximate: false);
        }
        var low = Number(lo, "lo");
        var high = Number(hi, "hi");
        return new AnnotatedValue(low, high, unit, low == high && note.Contains("approx", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether two values of one unit can be the same figure: their intervals overlap (open bounds reach forever).</summary>
    public bool Overlaps(AnnotatedValue other) => Interval.Overlaps(other.Interval);

    private ValueInterval Interval => new(Low ?? double.NegativeInfinity, High ?? double.PositiveInfinity);

    public override string ToString()
    {
        string Text(double? v) => v is not { } x ? "?" : IsDate ? Date(x) : x.ToString("0.######", CultureInfo.InvariantCulture);
        var value = (Low, High) switch
        {
            (null, _) => $"≤{Text(High)}",
            (_, null) => $"≥{Text(Low)}",
            _ when Low == High => (Approximate ? "≈" : string.Empty) + Text(Low),
            _ => $"{Text(Low)}–{Text(High)}",
        };
        return IsDate ? value : $"{value} {Unit}";
    }

    private static string Date(double dayNumber) =>
        DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? Number(string text, string column)
    {
        if (text.Length == 0)
        {
            return null;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{column} '{text}' is not a number");
    }

    private static double? Day(string text, string column, Func<DateSpan, DateOnly> bound)
    {
        if (text.Length == 0)
        {
            return null;
        }
        return SetPeriod.Parse(text) is { } period && !text.Contains('/', StringComparison.Ordinal)
            ? bound(period).DayNumber
            : throw new FormatException($"{column} '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
}
