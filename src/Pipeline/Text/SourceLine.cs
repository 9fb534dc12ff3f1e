namespace Pipeline.Text;

/// <summary>One line of the source: where its content starts, how long it is without the
/// surrounding whitespace, and how wide it displays (CJK characters count two columns).</summary>
internal readonly record struct SourceLine(int Start, int Length, int Width, int Indent)
{
    public bool IsBlank => Length == 0;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
