namespace Pipeline.App.Output;

/// <summary>A span [Start, End) of a document's original text, with what it marks (a match, a mention kind, a claim).</summary>
public readonly record struct LabelledSpan(int Start, int End, string Label);
