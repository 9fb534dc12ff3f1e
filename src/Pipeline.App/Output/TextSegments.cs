namespace Pipeline.App.Output;

/// <summary>
/// Cuts a text at the edges of labelled spans, so that the terminal and the web pages mark the
/// engine's offsets the same way. Spans may overlap (a claim's value is also a mention): each
/// piece carries the labels of all the spans over it.
/// </summary>
public static class TextSegments
{
    /// <param name="offset">Where <paramref name="text"/> starts in the document the spans' offsets refer to.</param>
    public static IReadOnlyList<TextSegment> Split(string text, int offset, IEnumerable<LabelledSpan> spans)
    {
        var inside = spans
            .Select(s => s with { Start = Math.Clamp(s.Start - offset, 0, text.Length), End = Math.Clamp(s.End - offset, 0, text.Length) })
            .Where(s => s.End > s.Start)
            .ToList();
        var edges = inside.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var segments = new List<TextSegment>(edges.Count);
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var (start, end) = (edges[i], edges[i + 1]);
            var labels = inside.Where(s => s.Start <= start && s.End >= end).Select(s => s.Label).Distinct(StringComparer.Ordinal).ToList();
            segments.Add(new TextSegment(text[start..end], labels));
        }
        return segments;
    }
}
