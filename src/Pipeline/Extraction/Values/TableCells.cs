namespace Pipeline.Extraction.Values;

/// <summary>
/// What the tables of a normalized text (<see cref="TextTable"/>) say about their bare numbers:
/// the unit each is in, and which header cells are years.
/// <list type="bullet">
/// <item>A column whose header names a unit in brackets is in it: "Mine production 2024 (t REO)",
/// "产量(万吨)", "Share (%)".</item>
/// <item>A column headed by a period (2024, 2024年, Q1) or by nothing is in the table's unit: the
/// one in brackets in the first header cell ("Reserves (t)"), else the mass unit the line(s)
/// just above name ("Mine production (tonnes)", "单位：公吨", "…增加到270,000公吨。").</item>
/// <item>The first column holds the rows' labels: it takes no table unit.</item>
/// <item>A year heading a column is the column's period, never a quantity.</item>
/// </list>
/// </summary>
internal sealed class TableCells
{
    /// <summary>The unit of each number that fills a cell, by where the number starts.</summary>
    public Dictionary<int, UnitDef> Units { get; } = [];

    /// <summary>Where the header cells that hold just a year start.</summary>
    public HashSet<int> Years { get; } = [];

    public static TableCells? Of(string text, UnitTable units)
    {
        TableCells? found = null;
        foreach (var table in TextTable.FindAll(text))
        {
            (found ??= new TableCells()).Read(text, table, units);
        }
        return found;
    }

    /// <summary>A header cell that names only a period (2024, 2024年, Q1 2024, 2024E) or nothing: no measure of its own.</summary>
    public static bool NamesNoMeasure(ReadOnlySpan<char> normalizedCell)
    {
        var letters = 0;
        foreach (var c in normalizedCell)
        {
            if (TextScan.IsLatin(c))
            {
                letters++;
            }
            else if (TextScan.IsCjk(c) && c is not ('年' or '月' or '日' or '季' or '度' or '上' or '下' or '半'))
            {
                return false;
            }
        }
        return letters <= 2;
    }

    private void Read(string text, TextTable table, UnitTable units)
    {
        var header = table.Header.Cells;
        var tableUnit = BracketUnit(text, header[0], units) ?? CaptionUnit(text, table, units);
        var columns = new UnitDef?[header.Count];
        for (var column = 0; column < header.Count; column++)
        {
            var (start, end) = header[column];
            if (ArabicNumbers.TryRead(text, start, out var number) && number.End == end && number.IsYearLike
                && number.Value is >= 1900 and <= CalendarSpans.MaxYear)
            {
                Years.Add(start);
            }
            columns[column] = BracketUnit(text, header[column], units)
                ?? (column > 0 && NamesNoMeasure(text.AsSpan(start, end - start)) ? tableUnit : null);
        }
        foreach (var row in table.Rows)
        {
            for (var column = 0; column < row.Cells.Count && column < columns.Length; column++)
            {
                var (start, end) = row.Cells[column];
                if (columns[column] is { } unit && ArabicNumbers.TryRead(text, start, out var number) && number.End == end)
                {
                    Units[start] = unit;
                }
            }
        }
    }

    /// <summary>The unit a header cell names in brackets: (t REO), (t), (万吨), (thousand tonnes), (USD), (%).</summary>
    private static UnitDef? BracketUnit(string text, (int Start, int End) cell, UnitTable units)
    {
        UnitDef? found = null;
        for (var open = text.IndexOf('(', cell.Start, cell.End - cell.Start); open >= 0; open = text.IndexOf('(', open + 1, cell.End - open - 1))
        {
            if (UnitAt(text, TextScan.SkipInlineSpace(text, open + 1), units.Suffixes, out var unit, out var end, out _)
                && unit.Category is UnitCategory.Mass or UnitCategory.Length or UnitCategory.Currency or UnitCategory.Percent
                && TextScan.At(text, end) is ' ' or ')')
            {
                found = unit;
            }
        }
        return found;
    }

    /// <summary>
    /// The mass unit the caption above names, nearest the table first: in brackets ("(tonnes)"),
    /// after 单位, "in" or "unit:" ("单位：公吨", "in metric tons"), or after a plain number of the
    /// prose ("270,000 公吨"). After a number with its own magnitude (27万吨, 2.7 million tonnes)
    /// the unit says nothing of the table's.
    /// </summary>
    private static UnitDef? CaptionUnit(string text, TextTable table, UnitTable units)
    {
        foreach (var (start, end) in table.CaptionLines(text))
        {
            UnitDef? found = null;
            for (var i = start; i < end; i++)
            {
                if (TextScan.IsLatin(TextScan.At(text, i - 1))
                    || !UnitAt(text, i, units.MassUnits, out var unit, out var unitEnd, out var scaled) || unitEnd > end)
                {
                    continue;
                }
                if (Introduces(text, start, i, scaled, singleLetter: unitEnd - i == 1))
                {
                    found = unit;
                }
                i = unitEnd - 1;
            }
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Whether what stands before a unit in a caption makes it the table's unit.</summary>
    private static bool Introduces(string text, int lineStart, int at, bool scaled, bool singleLetter)
    {
        var end = at;
        while (end > lineStart && TextScan.IsSpace(text[end - 1]))
        {
            end--;
        }
        var previous = end > lineStart ? text[end - 1] : '\0';
        if (TextScan.IsDigit(previous))
        {
            return !scaled;
        }
        if (previous == '(')
        {
            return true;
        }
        if (singleLetter)
        {
            return false; // a lone t or g in prose is seldom a unit
        }
        var before = text.AsSpan(lineStart, end - lineStart).TrimEnd(":为是");
        var word = before[(TextScan.WordStart(text, lineStart + before.Length) - lineStart)..];
        return before.EndsWith("单位") || word is "in" or "unit" or "units";
    }

    /// <summary>A unit at <paramref name="at"/>, or a magnitude and a unit (万吨, thousand tonnes): the magnitude scales it.</summary>
    private static bool UnitAt(string text, int at, PhraseSet<UnitDef> set, out UnitDef unit, out int end, out bool scaled)
    {
        scaled = false;
        if (set.TryMatch(text, at, out unit, out end))
        {
            return true;
        }
        var c = TextScan.At(text, at);
        var scale = ChineseNumerals.BigPlace(c) is > 0 and var big ? big : ChineseNumerals.SmallPlace(c);
        var magnitudeEnd = at + 1;
        if (scale <= 0)
        {
            magnitudeEnd = TextScan.WordEnd(text, at);
            if (magnitudeEnd == at || !Magnitudes.TryWord(text.AsSpan(at, magnitudeEnd - at), out scale))
            {
                return false;
            }
        }
        var unitStart = TextScan.SkipInlineSpace(text, magnitudeEnd);
        if (!set.TryMatch(text, unitStart, out var plain, out end))
        {
            return false;
        }
        var separator = unitStart > magnitudeEnd ? " " : "";
        unit = plain with { Factor = plain.Factor * scale, Symbol = $"{text[at..magnitudeEnd]}{separator}{plain.Symbol}" };
        scaled = true;
        return true;
    }
}
