namespace Pipeline.Extraction.Values;

/// <summary>
/// Markdown tables whose column header names a unit in brackets: under "Mine production 2024 (t REO)"
/// a bare 270,000 is 270,000 tonnes. Finds, for each cell that holds only a number under such a
/// header, where the number starts and the unit it is in.
/// </summary>
internal static class MarkdownTables
{
    public static Dictionary<int, UnitDef>? ColumnUnits(string text, UnitTable units)
    {
        Dictionary<int, UnitDef>? found = null;
        var line = 0;
        while (line < text.Length)
        {
            var lineEnd = LineEnd(text, line);
            var next = Math.Min(lineEnd + 1, text.Length);
            var separator = NextLine(text, lineEnd);
            if (IsRow(text, line, lineEnd) && separator < text.Length && IsSeparator(text, separator, LineEnd(text, separator)))
            {
                var columns = HeaderUnits(text, line, lineEnd, units);
                var row = NextLine(text, LineEnd(text, separator));
                while (row < text.Length && IsRow(text, row, LineEnd(text, row)))
                {
                    var rowEnd = LineEnd(text, row);
                    if (columns.Count > 0)
                    {
                        var column = 0;
                        foreach (var (cellStart, cellEnd) in Cells(text, row, rowEnd))
                        {
                            if (columns.TryGetValue(column++, out var unit)
                                && ArabicNumbers.TryRead(text, cellStart, out var number) && number.End == cellEnd)
                            {
                                (found ??= [])[cellStart] = unit;
                            }
                        }
                    }
                    next = rowEnd + 1;
                    row = NextLine(text, rowEnd);
                }
            }
            line = next;
        }
        return found;
    }

    /// <summary>The columns whose header ends in a unit in brackets: (t REO), (t), (USD), (%).</summary>
    private static Dictionary<int, UnitDef> HeaderUnits(string text, int start, int end, UnitTable units)
    {
        var columns = new Dictionary<int, UnitDef>();
        var column = 0;
        foreach (var (cellStart, cellEnd) in Cells(text, start, end))
        {
            var open = text.IndexOf('(', cellStart, cellEnd - cellStart);
            if (open >= 0)
            {
                var at = TextScan.SkipInlineSpace(text, open + 1);
                if (units.Suffixes.TryMatch(text, at, out var unit, out var unitEnd)
                    && unit.Category is UnitCategory.Mass or UnitCategory.Length or UnitCategory.Currency or UnitCategory.Percent
                    && TextScan.At(text, unitEnd) is ' ' or ')')
                {
                    columns[column] = unit;
                }
            }
            column++;
        }
        return columns;
    }

    /// <summary>The trimmed content of each cell of a row: | a | b | gives a and b.</summary>
    private static IEnumerable<(int Start, int End)> Cells(string text, int start, int end)
    {
        var i = TextScan.SkipInlineSpace(text, start) + 1;
        while (i < end)
        {
            var bar = text.IndexOf('|', i, end - i);
            var cellEnd = bar < 0 ? end : bar;
            var s = TextScan.SkipInlineSpace(text, i);
            var e = cellEnd;
            while (e > s && TextScan.IsSpace(text[e - 1]))
            {
                e--;
            }
            if (bar < 0 && s == e)
            {
                yield break;
            }
            yield return (s, e);
            i = cellEnd + 1;
        }
    }

    private static bool IsRow(string text, int start, int end)
    {
        var first = TextScan.SkipInlineSpace(text, start);
        return first < end && text[first] == '|';
    }

    private static bool IsSeparator(string text, int start, int end)
    {
        if (!IsRow(text, start, end))
        {
            return false;
        }
        var dashes = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '-')
            {
                dashes = true;
            }
            else if (c is not ('|' or ':' or '\r') && !TextScan.IsSpace(c))
            {
                return false;
            }
        }
        return dashes;
    }

    /// <summary>The start of the next line that is not blank (cleaned text puts blank lines between rows).</summary>
    private static int NextLine(string text, int lineEnd)
    {
        var i = lineEnd + 1;
        while (i < text.Length)
        {
            var end = LineEnd(text, i);
            if (TextScan.SkipInlineSpace(text, i) < end && text[TextScan.SkipInlineSpace(text, i)] != '\r')
            {
                return i;
            }
            i = end + 1;
        }
        return text.Length;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }
}
