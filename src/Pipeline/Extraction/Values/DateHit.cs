namespace Pipeline.Extraction.Values;

/// <summary>A date read from normalized text at [Start, End), with a note when the span is an approximation (fiscal years).</summary>
internal readonly record struct DateHit(int Start, int End, DateSpan Span, string? Note = null);
