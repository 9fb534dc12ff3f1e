namespace Pipeline.Extraction.Values;

/// <summary>
/// A number read from normalized text at [Start, End): its value (magnitudes applied), whether it
/// was written as a plain Arabic integer (so 2025 may be a year), and whether 多/余 said "and more".
/// </summary>
internal readonly record struct NumberToken(double Value, int Start, int End, bool ArabicInteger, bool More = false)
{
    public int IntegerDigits { get; init; }

    /// <summary>The Chinese magnitudes written after the digits (万, 亿, 千), shown with the unit (万吨).</summary>
    public string Magnitude { get; init; } = "";

    public double Multiplier { get; init; } = 1;

    public bool IsYearLike => ArabicInteger && IntegerDigits == 4 && Magnitude.Length == 0 && Multiplier == 1;
}
