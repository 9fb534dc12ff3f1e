namespace Pipeline.App.Evaluation;

/// <summary>
/// Reads a search-queries table (<c>id, query, relevant</c>, tab-separated, relevant files separated
/// by spaces or commas) and checks it against the folder of articles before anything is ingested.
/// </summary>
public static class SearchJudgements
{
    public static readonly string[] Columns = ["id", "query", "relevant"];

    private static readonly char[] FileSeparators = [' ', ','];

    /// <summary>The judged queries; an <see cref="InvalidDataException"/> names the file, the query and what is wrong.</summary>
    public static IReadOnlyList<JudgedQuery> Load(string path, string articlesDirectory)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: no such file");
        }
        if (!Directory.Exists(articlesDirectory))
        {
            throw new InvalidDataException($"{articlesDirectory}: no such directory");
        }
        var table = TsvTable.Read(path, Columns);
        var name = Path.GetFileName(path);
        var queries = new List<JudgedQuery>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < table.Count; row++)
        {
            var id = table.Cell(row, "id");
            var query = table.Cell(row, "query");
            var relevant = table.Cell(row, "relevant").Split(FileSeparators, StringSplitOptions.RemoveEmptyEntries);
            var where = $"{name}: query {(id.Length > 0 ? id : $"on row {row + 2}")}";
            if (id.Length == 0 || !ids.Add(id))
            {
                throw new InvalidDataException($"{where}: {(id.Length == 0 ? "no id" : "id used twice")}");
            }
            if (query.Length == 0 || relevant.Length == 0)
            {
                throw new InvalidDataException($"{where}: {(query.Length == 0 ? "no query text" : "no relevant files")}");
            }
            if (relevant.FirstOrDefault(f => !File.Exists(Path.Combine(articlesDirectory, f))) is { } missing)
            {
                throw new InvalidDataException($"{where}: no article {missing} in {articlesDirectory}");
            }
            queries.Add(new JudgedQuery(id, query, [.. relevant.Distinct(StringComparer.Ordinal)]));
        }
        return queries;
    }
}
