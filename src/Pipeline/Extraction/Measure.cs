namespace Pipeline.Extraction;

/// <summary>
/// A stated value as an interval in a canonical unit: USD, CNY, EUR, AUD (no currency
/// conversion), t for mass, CUR/kg for prices (so 110 USD/lb is 242.5 USD/kg), % for shares,
/// year for durations, an empty unit for counts and "rank" for places in a ranking. A null bound is open (more than, less than).
/// </summary>
/// <param name="StatedUnit">The unit as the text gave it, canonical spelling (USD/lb, 万吨 → t), for display.</param>
public sealed record Measure(double? Low, double? High, string Unit, Qualifier Qualifier, string? StatedUnit = null)
{
    public static Measure Exactly(double value, string unit, string? statedUnit = null) =>
        new(value, value, unit, Qualifier.Exact, statedUnit);
}
