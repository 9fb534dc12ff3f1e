namespace Pipeline.Extraction.Values;

/// <summary>
/// Settles a unit whose case carries its meaning (units.yaml `cased`): the value was read on the
/// lower-cased text as the first spelling of the word, and the original says which was written,
/// so "270,000 MT" stays tonnes while "44 Mt" becomes 44 million tonnes.
/// </summary>
internal static class CasedUnits
{
    /// <summary><paramref name="value"/> in the unit that <paramref name="written"/> (the number and unit as written) ends in.</summary>
    public static Measure Respell(Measure value, string written, UnitTable units)
    {
        if (units.CasedWords.Count == 0)
        {
            return value;
        }
        var wordStart = written.Length;
        while (wordStart > 0 && char.IsAsciiLetter(written[wordStart - 1]))
        {
            wordStart--;
        }
        var word = written[wordStart..];
        if (word.Length == 0 || !units.CasedWords.TryGetValue(word, out var asWritten))
        {
            return value;
        }
        var asRead = units.CasedWords.Values.FirstOrDefault(u => u.Symbol == value.StatedUnit && u.Code == value.Unit);
        if (asRead is null || asRead == asWritten)
        {
            return value;
        }
        var scale = asWritten.Factor / asRead.Factor;
        return value with { Low = value.Low * scale, High = value.High * scale, StatedUnit = asWritten.Symbol };
    }
}
