using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Extraction.Values;

/// <summary>
/// A table written in plain text, its cells between bars: a Markdown table (| a | b |, with a
/// |---| line under its header) or the bare form news pages paste (a | b | c, no separator, no
/// leading bar). The first row is the header. Without a separator every row must have as many
/// cells as the header, two at least, so a stray bar in prose makes no table. Only bars, dashes,
/// white space and line breaks are looked at, so original and normalized text give the same tables.
/// </summary>
internal sealed record TextTable(TableRow Header, IReadOnlyList<TableRow> Rows)
{
    private const int CaptionLineCount = 2;

    private static readonly SearchValues<char> Bars = SearchValues.Create("|｜");

    public int Start => Header.Start;

    public int End => Rows[^1].End;

    public static List<TextTable> FindAll(string text)
    {
        var tables = new List<TextTable>();
        if (text.AsSpan().IndexOfAny(Bars) < 0)
        {
            return tables;
        }
        var line = 0;
        while (line < text.Length)
        {
            var lineEnd = TextScan.LineEnd(text, line);
            if (TryRead(text, line, lineEnd, out var table))
            {
                tables.Add(table);
                lineEnd = TextScan.LineEnd(text, table.End);
            }
            line = lineEnd + 1;
        }
        return tables;
    }

    /// <summary>
    /// The caption: the lines just above the table, nearest first, blank lines skipped, where the
    /// unit or the measure is named ("Mine production (tonnes)", "…增加到270,000公吨。"). Captions
    /// are prose, so only a line or two is read; a line with a bar belongs to another table and ends them.
    /// </summary>
    public IEnumerable<(int Start, int End)> CaptionLines(string text)
    {
        var left = CaptionLineCount;
        var at = Start;
        while (left > 0 && at > 0)
        {
            var lineEnd = text.LastIndexOf('\n', at - 1);
            if (lineEnd <= 0)
            {
                yield break;
            }
            var lineStart = text.LastIndexOf('\n', lineEnd - 1) + 1;
            at = lineStart;
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (start == end)
            {
                continue;
            }
            if (text.AsSpan(start, end - start).IndexOfAny(Bars) >= 0)
            {
                yield break;
            }
            left--;
            yield return (start, end);
        }
    }

    private static bool TryRead(string text, int start, int end, [NotNullWhen(true)] out TextTable? table)
    {
        table = null;
        if (text.AsSpan(start, end - start).IndexOfAny(Bars) < 0 || IsSeparator(text, start, end))
        {
            return false;
        }
        var header = Row(text, start, end);
        var next = TextScan.NextNonBlankLine(text, end);
        var markdown = next < text.Length && IsSeparator(text, next, TextScan.LineEnd(text, next));
        if (!markdown && header.Cells.Count < 2)
        {
            return false;
        }
        var rows = new List<TableRow>();
        var at = markdown ? TextScan.NextNonBlankLine(text, TextScan.LineEnd(text, next)) : next;
        while (at < text.Length)
        {
            var rowEnd = TextScan.LineEnd(text, at);
            if (text.AsSpan(at, rowEnd - at).IndexOfAny(Bars) < 0)
            {
                break;
            }
            var row = Row(text, at, rowEnd);
            if (!markdown && row.Cells.Count != header.Cells.Count)
            {
                break;
            }
            rows.Add(row);
            at = TextScan.NextNonBlankLine(text, rowEnd);
        }
        if (rows.Count == 0)
        {
            return false;
        }
        table = new TextTable(header, rows);
        return true;
    }

    /// <summary>The cells of a line: | a | b | and a | b both give a and b.</summary>
    private static TableRow Row(string text, int start, int end)
    {
        var (rowStart, rowEnd) = Trim(text, start, end);
        var cells = new List<(int, int)>();
        var i = rowStart < rowEnd && Bars.Contains(text[rowStart]) ? rowStart + 1 : rowStart;
        while (true)
        {
            var bar = text.AsSpan(i, rowEnd - i).IndexOfAny(Bars);
            var cellEnd = bar < 0 ? rowEnd : i + bar;
            var cell = Trim(text, i, cellEnd);
            if (bar < 0)
            {
                if (cell.Start < cell.End)
                {
                    cells.Add(cell); // the last cell of a row without a closing bar
                }
                break;
            }
            cells.Add(cell);
            i = cellEnd + 1;
        }
        return new TableRow(rowStart, rowEnd, cells);
    }

    /// <summary>|---|:--:| or ---|---: bars, dashes, colons and spaces only, a bar and a dash at least.</summary>
    private static bool IsSeparator(string text, int start, int end)
    {
        var (dash, bar) = (false, false);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '-' or '－')
            {
                dash = true;
            }
            else if (Bars.Contains(c))
            {
                bar = true;
            }
            else if (c is not (':' or '：') && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return dash && bar;
    }


    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
