namespace Pipeline.App.Evaluation;

/// <summary>A tab-separated file with a header row, read by column name.</summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<string[]> _rows;

    private TsvTable(string path, Dictionary<string, int> columns, List<string[]> rows)
    {
        Path = path;
        _columns = columns;
        _rows = rows;
    }

    public string Path { get; }

    public int Count => _rows.Count;

    /// <summary>Reads <paramref name="path"/>; an <see cref="InvalidDataException"/> names the file and the first required column it lacks.</summary>
    public static TsvTable Read(string path, IEnumerable<string> requiredColumns)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            throw new InvalidDataException($"{path}: empty file, no header row");
        }
        var header = lines[0].Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }
        if (requiredColumns.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
        {
            throw new InvalidDataException($"{path}: no column '{missing}' in the header row");
        }
        return new TsvTable(path, columns, [.. lines.Skip(1).Select(l => l.Split('\t'))]);
    }

    /// <summary>The cell of row <paramref name="row"/> (0 = first after the header) in <paramref name="column"/>, trimmed; empty when the row is short.</summary>
    public string Cell(int row, string column)
    {
        var cells = _rows[row];
        var index = _columns[column];
        return index < cells.Length ? cells[index].Trim() : string.Empty;
    }

    public bool HasColumn(string column) => _columns.ContainsKey(column);
}
