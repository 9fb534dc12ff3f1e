namespace Pipeline.CrossCheck;

/// <summary>
/// Prices as they were written: a canonical CUR/kg value back in the mass unit the text used
/// (242.5 USD/kg stated in USD/lb is 110 USD/lb), for reasons and for spotting unit confusions.
/// </summary>
public static class StatedRate
{
    // Kilograms in one of each mass unit of config/lexicon/units.yaml.
    private static readonly Dictionary<string, double> KilogramsPer = new(StringComparer.Ordinal)
    {
        ["kg"] = 1,
        ["t"] = 1000,
        ["kt"] = 1e6,
        ["g"] = 1e-3,
        ["mg"] = 1e-6,
        ["lb"] = 0.45359237,
        ["oz"] = 0.028349523125,
        ["斤"] = 0.5,
        ["两"] = 0.05,
    };

    /// <summary>
    /// <paramref name="value"/> in <paramref name="unit"/> (CUR/kg) expressed per the mass of
    /// <paramref name="statedUnit"/> (CUR/lb); null when either is not a price per mass or they
    /// name different currencies.
    /// </summary>
    public static double? InStatedUnit(double value, string unit, string? statedUnit)
    {
        if (MassOf(unit) is not var (currency, mass) || MassOf(statedUnit) is not var (statedCurrency, statedMass)
            || currency != statedCurrency)
        {
            return null;
        }
        return value * (KilogramsPer[statedMass] / KilogramsPer[mass]);
    }

    /// <summary>Whether a unit is a price per a mass unit other than the canonical one.</summary>
    public static bool IsRestated(string unit, string? statedUnit) =>
        statedUnit is not null && statedUnit != unit && InStatedUnit(1, unit, statedUnit) is not null;

    private static (string Currency, string Mass)? MassOf(string? unit)
    {
        var slash = unit?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0)
        {
            return null;
        }
        var mass = unit![(slash + 1)..];
        return KilogramsPer.ContainsKey(mass) ? (unit[..slash], mass) : null;
    }
}
