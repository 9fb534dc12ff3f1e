using System.Collections.Frozen;

namespace Pipeline.App.Evaluation;

/// <summary>
/// Maps the unit names of the Recognizers-Text specs onto Pipeline's canonical units (ISO codes,
/// t, m, %) with the factor from their unit to ours, or says why a unit is out of Pipeline's scope.
/// </summary>
public static class SpecUnits
{
    private static readonly FrozenDictionary<string, (string Code, double Factor)> Currencies = new Dictionary<string, (string, double)>
    {
        // A bare "$" is read as the US dollar, and the specs' generic "Dollar" is compared as USD.
        ["Dollar"] = ("USD", 1), ["United States dollar"] = ("USD", 1), ["Cent"] = ("USD", 0.01),
        ["Pound"] = ("GBP", 1), ["British pound"] = ("GBP", 1), ["Pence"] = ("GBP", 0.01), ["Penny"] = ("GBP", 0.01),
        ["Euro"] = ("EUR", 1), ["Chinese yuan"] = ("CNY", 1), ["Japanese yen"] = ("JPY", 1),
        ["Australian dollar"] = ("AUD", 1), ["Canadian dollar"] = ("CAD", 1), ["Hong Kong dollar"] = ("HKD", 1),
        ["New Taiwan dollar"] = ("TWD", 1), ["Swiss franc"] = ("CHF", 1), ["New Zealand dollar"] = ("NZD", 1),
        ["Mexican peso"] = ("MXN", 1),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string Code, double Factor)> Dimensions = new Dictionary<string, (string, double)>
    {
        // "Ton" is compared as a metric tonne: Pipeline reads "ton" as the trade does.
        ["Metric ton"] = ("t", 1), ["Ton"] = ("t", 1), ["Kilogram"] = ("t", 1e-3), ["Gram"] = ("t", 1e-6),
        ["Milligram"] = ("t", 1e-9), ["Microgram"] = ("t", 1e-12), ["Pound"] = ("t", 0.00045359237),
        ["Ounce"] = ("t", 0.000028349523125), ["Jin"] = ("t", 0.0005), ["Liang"] = ("t", 0.00005), ["Dram"] = ("t", 1.7718451953125e-6),
        ["Kilometer"] = ("m", 1000), ["Meter"] = ("m", 1), ["Decimeter"] = ("m", 0.1), ["Centimeter"] = ("m", 0.01),
        ["Millimeter"] = ("m", 0.001), ["Micrometer"] = ("m", 1e-6), ["Picometer"] = ("m", 1e-12),
        ["Mile"] = ("m", 1609.344), ["Foot"] = ("m", 0.3048), ["Inch"] = ("m", 0.0254), ["Yard"] = ("m", 0.9144),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> OutOfScopeDimensions = new Dictionary<string, string>
    {
        ["Gallon"] = "volume", ["Barrel"] = "volume", ["Milliliter"] = "volume", ["Cubic foot"] = "volume",
        ["Cup"] = "volume", ["Teaspoon"] = "volume", ["Tablespoon"] = "volume",
        ["Square meter"] = "area", ["Square kilometer"] = "area", ["Acre"] = "area", ["Mu"] = "area",
        ["Kilometer per hour"] = "speed", ["Mile per hour"] = "speed", ["Meter per millisecond"] = "speed",
        ["Centimeter per millisecond"] = "speed", ["Kilometer per millisecond"] = "speed",
        ["Bit"] = "information", ["Kilobit"] = "information", ["Megabit"] = "information", ["Kilobyte"] = "information",
        ["Megabyte"] = "information", ["Degree"] = "angle", ["Radian"] = "angle", ["Turn"] = "angle",
        ["Hertz"] = "frequency", ["Megahertz"] = "frequency", ["Kilowatt"] = "power", ["Kilocalorie"] = "energy",
    }.ToFrozenDictionary();

    /// <summary>The canonical unit and factor for an expected result, or the reason it is out of scope.</summary>
    public static bool TryMap(SpecModel model, SpecResult result, IReadOnlyCollection<string> currencyCodes, out (string Code, double Factor) unit, out string reason)
    {
        unit = default;
        reason = "";
        if (result.Value is null)
        {
            reason = "a unit without an amount";
            return false;
        }
        switch (model)
        {
            case SpecModel.Percent:
                unit = ("%", 1);
                return true;
            case SpecModel.Currency:
                if (result.IsoCurrency is { } iso && currencyCodes.Contains(iso))
                {
                    unit = (iso, 1);
                    return true;
                }
                if (result.Unit is { } name && Currencies.TryGetValue(name, out unit))
                {
                    return true;
                }
                reason = $"currency not modelled ({result.Unit})";
                return false;
            default:
                if (result.Unit is { } dimension && Dimensions.TryGetValue(dimension, out unit))
                {
                    return true;
                }
                reason = result.Unit is { } other && OutOfScopeDimensions.TryGetValue(other, out var kind)
                    ? $"{kind} units"
                    : $"unit not modelled ({result.Unit})";
                return false;
        }
    }
}
