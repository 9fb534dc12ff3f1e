namespace Pipeline.Extraction.Values;

/// <summary>One line of a <see cref="TextTable"/>: its span without the line break, and each cell's trimmed content.</summary>
internal sealed record TableRow(int Start, int End, IReadOnlyList<(int Start, int End)> Cells);
