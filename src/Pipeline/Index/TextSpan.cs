namespace Pipeline.Index;

/// <summary>A half-open span [Start, End) of a document's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
