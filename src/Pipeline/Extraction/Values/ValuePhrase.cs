namespace Pipeline.Extraction.Values;

/// <summary>
/// A value found in normalized text: [Start, End) with its qualifier words, [CoreStart, CoreEnd)
/// the number and unit alone, what kind of mention it makes and its measure (or date).
/// </summary>
internal readonly record struct ValuePhrase(MentionKind Kind, int Start, int End, int CoreStart, int CoreEnd)
{
    public Measure? Value { get; init; }

    public DateSpan? Date { get; init; }

    public string? Note { get; init; }
}
