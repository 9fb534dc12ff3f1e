namespace Pipeline.App.Output;

/// <summary>A piece of text and the labels of every span that covers it; none for plain text.</summary>
public sealed record TextSegment(string Text, IReadOnlyList<string> Labels)
{
    public bool IsMarked => Labels.Count > 0;
}
