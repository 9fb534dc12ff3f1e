using System.Globalization;
using Pipeline.Extraction;

namespace Pipeline.App.Output;

/// <summary>A normalized value as an analyst reads it: "≥ 95 %", "≈ 70 %", "242.51 USD/kg (stated USD/lb)", "40–50 %".</summary>
public static class MeasureText
{
    public static string Of(double? low, double? high, string? unit, Qualifier? qualifier, string? statedUnit = null)
    {
        var stated = !string.IsNullOrEmpty(unit) && statedUnit is not null && statedUnit != unit ? $" (stated in {statedUnit})" : string.Empty;
        var value = qualifier switch
        {
            Qualifier.AtLeast => $"≥ {Number(low)}",
            Qualifier.AtMost => $"≤ {Number(high)}",
            Qualifier.Approximate => $"≈ {Number(low)}",
            Qualifier.Range => $"{Number(low)}–{Number(high)}",
            _ when low == high => Number(low),
            _ => $"{Number(low)}–{Number(high)}",
        };
        return $"{value} {unit}".TrimEnd() + stated;
    }

    public static string Of(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, _) => string.Empty,
        var (f, t) when f == t || t is null => Day(f!.Value),
        var (f, t) => $"{Day(f!.Value)}..{Day(t!.Value)}",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value switch
    {
        null => "?",
        >= 1e6 => value.Value.ToString("0.###e0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };
}
