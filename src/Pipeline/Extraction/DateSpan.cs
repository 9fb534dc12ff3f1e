namespace Pipeline.Extraction;

/// <summary>The days a date mention can mean: one day, a month, a half-year, a year.</summary>
public sealed record DateSpan(DateOnly From, DateOnly To)
{
    public static DateSpan Day(DateOnly day) => new(day, day);

    public bool Overlaps(DateSpan other) => From <= other.To && other.From <= To;
}
