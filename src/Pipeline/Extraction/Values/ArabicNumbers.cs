using System.Globalization;

namespace Pipeline.Extraction.Values;

/// <summary>Arabic numerals: 3,500; 1.65; 10,000; fractions after a whole number (10 1/2) or alone (1/4).</summary>
internal static class ArabicNumbers
{
    public static bool TryRead(string text, int start, out NumberToken number)
    {
        number = default;
        var i = start;
        while (i < text.Length && TextScan.IsDigit(text[i]))
        {
            i++;
        }
        if (i == start)
        {
            return false;
        }
        var grouped = false;
        // Thousands separators: a comma followed by exactly three digits.
        while (TextScan.At(text, i) == ',' && IsGroup(text, i + 1))
        {
            i += 4;
            grouped = true;
        }
        var integerEnd = i;
        var isInteger = true;
        if (TextScan.At(text, i) == '.' && TextScan.IsDigit(TextScan.At(text, i + 1)))
        {
            i += 2;
            while (i < text.Length && TextScan.IsDigit(text[i]))
            {
                i++;
            }
            isInteger = false;
        }
        var value = Parse(text, start, i);
        if (isInteger && TryFraction(text, i, out var fraction, out var fractionEnd))
        {
            // "1/4 mile"
            number = new NumberToken(fraction, start, fractionEnd, ArabicInteger: false);
            return true;
        }
        if (isInteger && TextScan.At(text, i) == ' ' && TryProperFraction(text, i + 1, out var part, out var partEnd))
        {
            // "10 1/2 miles"
            number = new NumberToken(value + part, start, partEnd, ArabicInteger: false);
            return true;
        }
        number = new NumberToken(value, start, i, isInteger && !grouped) { IntegerDigits = integerEnd - start };
        return true;
    }

    private static bool IsGroup(string text, int i) =>
        TextScan.IsDigit(TextScan.At(text, i)) && TextScan.IsDigit(TextScan.At(text, i + 1))
        && TextScan.IsDigit(TextScan.At(text, i + 2)) && !TextScan.IsDigit(TextScan.At(text, i + 3));

    private static double Parse(string text, int start, int end)
    {
        Span<char> digits = stackalloc char[Math.Min(end - start, 64)];
        var n = 0;
        for (var i = start; i < end && n < digits.Length; i++)
        {
            if (text[i] != ',')
            {
                digits[n++] = text[i];
            }
        }
        return double.Parse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>The "/4" of "1/4": a small denominator, not a date (10/9/2025) nor a path.</summary>
    private static bool TryFraction(string text, int slash, out double value, out int end)
    {
        value = 0;
        end = slash;
        if (TextScan.At(text, slash) != '/')
        {
            return false;
        }
        var numeratorStart = slash;
        while (numeratorStart > 0 && TextScan.IsDigit(text[numeratorStart - 1]))
        {
            numeratorStart--;
        }
        var i = slash + 1;
        while (i < text.Length && TextScan.IsDigit(text[i]))
        {
            i++;
        }
        if (i == slash + 1 || i - slash > 3 || TextScan.At(text, i) is '/' or '.' or ',')
        {
            return false;
        }
        var numerator = Parse(text, numeratorStart, slash);
        var denominator = Parse(text, slash + 1, i);
        if (denominator is < 2 or > 16 || numerator >= denominator || slash - numeratorStart > 2)
        {
            return false;
        }
        value = numerator / denominator;
        end = i;
        return true;
    }

    private static bool TryProperFraction(string text, int start, out double value, out int end)
    {
        value = 0;
        end = start;
        var i = start;
        while (i < text.Length && TextScan.IsDigit(text[i]))
        {
            i++;
        }
        return i > start && TryFraction(text, i, out value, out end);
    }
}
