namespace Pipeline.Text;

/// <summary>Text in the form the index and the extractors read, with the way back to the original.</summary>
public sealed record NormalizedText(string Text, OffsetMap Map);
