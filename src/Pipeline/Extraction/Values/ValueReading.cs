namespace Pipeline.Extraction.Values;

/// <summary>
/// A value mention as the reader found it: the mention (qualifier words included, original offsets),
/// the span of the number and unit alone ([CoreStart, CoreEnd), original offsets, e.g. "70%" of
/// "近70%"), and a note when the value is an approximation of what was written (fiscal years).
/// </summary>
public sealed record ValueReading(Mention Mention, int CoreStart, int CoreEnd, string? Note = null);
