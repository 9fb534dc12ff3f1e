namespace Pipeline.Index;

/// <summary>Where a query matched one document: every span of its original text, and the best fragment to show, if any matched.</summary>
public sealed record Highlighting(IReadOnlyList<TextSpan> Spans, TextSpan? BestFragment);
