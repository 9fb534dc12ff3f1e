using System.Globalization;

namespace Pipeline.Extraction;

/// <summary>The days a date mention can mean: one day, a month, a half-year, a year.</summary>
public sealed record DateSpan(DateOnly From, DateOnly To)
{
    public static DateSpan Day(DateOnly day) => new(day, day);

    /// <summary>An act's date is a day, or a month at most (announced in March 2022); a year or a longer span names no one act.</summary>
    public const int LongestEventDays = 31;

    public bool Overlaps(DateSpan other) => From <= other.To && other.From <= To;

    /// <summary>Whether the span is short enough to date one act (see <see cref="LongestEventDays"/>).</summary>
    public bool DatesOneEvent => To.DayNumber - From.DayNumber < LongestEventDays;

    /// <summary>
    /// The compiler's record text, written in the invariant culture whatever the machine's: claim
    /// fingerprints hash it (<see cref="Storage.KeyHash"/>), so it must not change with LANG.
    /// </summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"DateSpan {{ From = {From}, To = {To}, DatesOneEvent = {DatesOneEvent} }}");
}
