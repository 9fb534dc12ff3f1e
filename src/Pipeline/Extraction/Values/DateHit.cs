namespace Pipeline.Extraction.Values;

/// <summary>
/// A date read from normalized text at [Start, End), with a note when the span is an approximation
/// (fiscal years) or its year was not written but taken from the context.
/// </summary>
internal readonly record struct DateHit(int Start, int End, DateSpan Span, string? Note = null)
{
    /// <summary>Whether the year was not written but taken from the document or the text before (10月9日, in October).</summary>
    public bool YearFromContext { get; init; }
}
