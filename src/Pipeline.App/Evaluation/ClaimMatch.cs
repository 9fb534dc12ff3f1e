using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>
/// Whether a Pipeline claim states an annotated claim's fact and figure: the same subject and
/// measure under Pipeline's names, and the same value in the same unit, within rounding.
/// </summary>
public static class ClaimMatch
{
    private const double Relative = 0.01;
    private const double PercentagePoints = 0.5;
    private const double Epsilon = 1e-9;

    /// <summary>The set's unit of a calendar year (2028); a span of years is "yr".</summary>
    private const string CalendarYear = "year";

    /// <summary>The same subject, measure and value, wherever in the document (where the quote stands is the caller's test).</summary>
    public static bool SameFact(AnnotatedClaim expected, ClaimRecord claim) =>
        expected.Attribute is { } attribute && claim.Attribute == attribute
        && claim.Subject == expected.PipelineSubject && SameValue(expected.Value, claim);

    /// <summary>
    /// Whether a claim elsewhere in the document repeats the annotated fact (the set annotates a repeated
    /// figure once): the same fact, or a date claim of the whole month that holds the annotated day
    /// ("measures announced in October" after "announced on October 9").
    /// </summary>
    public static bool Repeats(AnnotatedClaim expected, ClaimRecord claim) =>
        SameFact(expected, claim)
        || (expected.Attribute is { } attribute && claim.Attribute == attribute && claim.Subject == expected.PipelineSubject
            && IsMonthHoldingDay(expected.Value, claim));

    private static bool IsMonthHoldingDay(AnnotatedValue expected, ClaimRecord claim) =>
        expected is { IsDate: true, Low: { } day, High: { } last } && day == last
        && claim.DateFrom is { Day: 1 } from && claim.DateTo is { } to
        && to == from.AddMonths(1).AddDays(-1)
        && from.DayNumber <= day && day <= to.DayNumber;

    /// <summary>
    /// Dates: the same days (a year, a month or a day, as the set wrote it); a year of unit "year"
    /// (the year a plant starts) the same whole year. Figures: the same
    /// canonical unit and each bound within 1% (0.5 points for percentages), an open bound open on
    /// both sides; an approximate set figure also matches a Pipeline approximate one, and a Pipeline
    /// "nearly N" (only its high bound) of the same N ("nearly double", annotated as about 2).
    /// </summary>
    public static bool SameValue(AnnotatedValue expected, ClaimRecord claim)
    {
        if (expected.IsDate)
        {
            return claim.DateFrom is { } from
                && expected.Low == from.DayNumber && expected.High == (claim.DateTo ?? from).DayNumber;
        }
        if (expected.Unit == CalendarYear && claim.DateFrom is { } start)
        {
            // The set writes a year an event falls in as a number of unit "year" (2028); Pipeline as the date span of that year.
            var end = claim.DateTo ?? start;
            return start is { Month: 1, Day: 1 } && end is { Month: 12, Day: 31 }
                && expected.Low == start.Year && expected.High == end.Year;
        }
        var (unit, factor) = DevSetNames.Unit(expected.Unit);
        if (claim.DateFrom is not null || (claim.Unit ?? string.Empty) != unit)
        {
            return false;
        }
        var (low, high) = (expected.Low * factor, expected.High * factor);
        if (expected.Approximate && claim.Qualifier == Qualifier.Approximate && (claim.Low ?? claim.High) is not null)
        {
            return SameOrOpen(low, claim.Low ?? low, unit) && SameOrOpen(high, claim.High ?? high, unit);
        }
        if (expected.Approximate && claim is { Qualifier: Qualifier.Nearly, Low: null, High: { } nearly })
        {
            return SameOrOpen(high, nearly, unit);
        }
        return SameOrOpen(low, claim.Low, unit) && SameOrOpen(high, claim.High, unit);
    }

    private static bool SameOrOpen(double? expected, double? actual, string unit) => (expected, actual) switch
    {
        (null, null) => true,
        ({ } e, { } a) => unit == "%"
            ? Math.Abs(e - a) <= PercentagePoints + Epsilon
            : Math.Abs(e - a) <= (Relative * Math.Max(Math.Abs(e), Math.Abs(a))) + Epsilon,
        _ => false,
    };
}
