using System.Globalization;
using Pipeline.Extraction;

namespace Pipeline.CrossCheck;

/// <summary>
/// A claim's figure as a person reads it in a conflict's reason: "≈40%", "≥95%", "rank 4", "2025-10",
/// "110 USD/lb = 242.5 USD/kg" when the text gave another mass unit than the canonical one.
/// </summary>
public static class FigureText
{
    public static string Of(CrossCheckClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.IsDate)
        {
            return Days(DateOnly.FromDayNumber((int)claim.Low!.Value), DateOnly.FromDayNumber((int)claim.High!.Value));
        }
        return Of(claim.Low, claim.High, claim.Unit, claim.Qualifier, claim.StatedUnit);
    }

    /// <summary>A stored value (mention or claim) in canonical units, with the stated unit first when it differs.</summary>
    public static string Of(double? low, double? high, string? unit, Qualifier? qualifier, string? statedUnit)
    {
        var canonical = Figure(low, high, qualifier ?? Qualifier.Exact, unit ?? string.Empty, v => v);
        if (unit is null || !StatedRate.IsRestated(unit, statedUnit))
        {
            return canonical;
        }
        var stated = Figure(low, high, qualifier ?? Qualifier.Exact, statedUnit!,
            v => StatedRate.InStatedUnit(v, unit, statedUnit)!.Value);
        return $"{stated} = {canonical}";
    }

    /// <summary>Stored days (a date mention, a claim's time); empty when there are none.</summary>
    public static string Of(DateOnly? from, DateOnly? to) =>
        from is { } first ? Days(first, to ?? first) : string.Empty;

    /// <summary>A day, a whole month (2025-10), a whole year (2025), or from..to.</summary>
    public static string Days(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return Day(from);
        }
        if (from.Day == 1 && to == from.AddMonths(1).AddDays(-1))
        {
            return from.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        if (from.Day == 1 && from.Month == 1 && to == new DateOnly(from.Year, 12, 31))
        {
            return from.Year.ToString(CultureInfo.InvariantCulture);
        }
        return $"{Day(from)}..{Day(to)}";
    }

    private static string Figure(double? low, double? high, Qualifier qualifier, string unit, Func<double, double> convert)
    {
        string N(double? v) => v is { } x ? Number(convert(x)) : "?";
        var value = qualifier switch
        {
            Qualifier.AtLeast => $"≥{N(low)}",
            Qualifier.AtMost => $"≤{N(high)}",
            Qualifier.Approximate => $"≈{N(low ?? high)}",
            Qualifier.Nearly => $"nearly {N(high ?? low)}",
            _ when low is null || high is null || low == high => N(low ?? high),
            _ => $"{N(low)}–{N(high)}",
        };
        return unit switch
        {
            "" => value,
            "%" => value + "%",
            "rank" => $"rank {value}",
            _ => $"{value} {unit}",
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => Math.Abs(value) switch
    {
        >= 1e9 => (value / 1e9).ToString("#,0.##", CultureInfo.InvariantCulture) + " billion",
        >= 1e6 => (value / 1e6).ToString("#,0.##", CultureInfo.InvariantCulture) + " million",
        >= 100 => value.ToString("#,0.#", CultureInfo.InvariantCulture),
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };
}
