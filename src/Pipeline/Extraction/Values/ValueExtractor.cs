namespace Pipeline.Extraction.Values;

/// <summary>
/// Finds money, quantities, prices, shares, counts, durations and dates in a document
/// (see <see cref="ValueScanner"/>), reported on the original text.
/// </summary>
public sealed class ValueExtractor(UnitTable units) : IMentionExtractor
{
    private readonly ValueScanner _scanner = new(units);

    public IEnumerable<Mention> Extract(ExtractionInput input) => _scanner.Read(input).Select(r => r.Mention);

    /// <summary>The readings with their core spans and notes, for evaluation and display.</summary>
    public IReadOnlyList<ValueReading> Read(ExtractionInput input) => _scanner.Read(input);
}
