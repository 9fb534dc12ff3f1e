namespace Pipeline.App.Evaluation;

/// <summary>
/// An annotated folder: articles/, claims.tsv, pairs.tsv and optionally sources.tsv, read and
/// checked before anything is ingested.
/// </summary>
public sealed record DevSet(
    string ArticlesDirectory,
    IReadOnlyList<AnnotatedClaim> Claims,
    IReadOnlyList<AnnotatedPair> Pairs,
    IReadOnlyDictionary<string, string> Scripts)
{
    public static readonly string[] ClaimColumns = ["id", "file", "quote", "subject", "measure", "scope", "lo", "hi", "unit", "time"];
    public static readonly string[] PairColumns = ["pair", "kind", "claim_a", "claim_b"];
    public static readonly string[] SourceColumns = ["file", "script"];

    /// <summary>Reads and checks <paramref name="directory"/>; an <see cref="InvalidDataException"/> names the file and what is wrong.</summary>
    public static DevSet Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"{directory}: no such directory");
        }
        var articles = Path.Combine(directory, "articles");
        if (!Directory.Exists(articles))
        {
            throw new InvalidDataException($"{articles}: no such folder (the articles go there)");
        }
        var claimsPath = Existing(directory, "claims.tsv");
        var pairsPath = Existing(directory, "pairs.tsv");
        var claims = ReadClaims(TsvTable.Read(claimsPath, ClaimColumns), articles);
        var pairs = ReadPairs(TsvTable.Read(pairsPath, PairColumns), claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal));
        var sourcesPath = Path.Combine(directory, "sources.tsv");
        var scripts = File.Exists(sourcesPath) ? ReadScripts(TsvTable.Read(sourcesPath, SourceColumns)) : new Dictionary<string, string>();
        return new DevSet(articles, claims, pairs, scripts);
    }

    /// <summary>
    /// The script of an article: sources.tsv's, else the file name's prefix (en_ Latn, zh_ Hans,
    /// zhtw_ Hant), else what ingestion detected (<paramref name="language"/>, <paramref name="detected"/>).
    /// </summary>
    public string ScriptOf(string file, string? language, string? detected)
    {
        if (Scripts.TryGetValue(file, out var script) && script.Length > 0)
        {
            return script;
        }
        var name = Path.GetFileName(file);
        if (name.StartsWith("zhtw_", StringComparison.Ordinal))
        {
            return "Hant";
        }
        if (name.StartsWith("zh_", StringComparison.Ordinal))
        {
            return "Hans";
        }
        if (name.StartsWith("en_", StringComparison.Ordinal) || language == "en")
        {
            return "Latn";
        }
        return detected ?? "unknown";
    }

    private static string Existing(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? path : throw new InvalidDataException($"{path}: no such file");
    }

    private static List<AnnotatedClaim> ReadClaims(TsvTable table, string articles)
    {
        var claims = new List<AnnotatedClaim>(table.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < table.Count; row++)
        {
            string Cell(string column) => table.Cell(row, column);
            var (id, file, quote) = (Cell("id"), Cell("file"), Cell("quote"));
            if (id.Length == 0 || !ids.Add(id))
            {
                throw new InvalidDataException($"{table.Path}: row {row + 2}: {(id.Length == 0 ? "no claim id" : $"claim id {id} used twice")}");
            }
            if (!texts.TryGetValue(file, out var text))
            {
                var path = Path.Combine(articles, file);
                if (file.Length == 0 || !File.Exists(path))
                {
                    throw new InvalidDataException($"{table.Path}: claim {id}: file '{file}' is not in {articles}");
                }
                texts[file] = text = File.ReadAllText(path);
            }
            if (quote.Length == 0 || !text.Contains(quote, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{table.Path}: claim {id}: quote '{quote}' does not occur in {file}");
            }
            AnnotatedValue value;
            try
            {
                value = AnnotatedValue.Parse(Cell("lo"), Cell("hi"), Cell("unit"), table.HasColumn("note") ? Cell("note") : string.Empty);
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{table.Path}: claim {id}: {e.Message}", e);
            }
            claims.Add(new AnnotatedClaim(id, file, quote, Cell("subject"), Cell("measure"), Cell("scope"), value,
                Cell("time"), table.HasColumn("note") ? Cell("note") : string.Empty));
        }
        return claims;
    }

    private static List<AnnotatedPair> ReadPairs(TsvTable table, HashSet<string> claimIds)
    {
        var pairs = new List<AnnotatedPair>(table.Count);
        for (var row = 0; row < table.Count; row++)
        {
            var pair = new AnnotatedPair(table.Cell(row, "pair"), table.Cell(row, "kind"), table.Cell(row, "claim_a"), table.Cell(row, "claim_b"));
            if (!AnnotatedPair.Kinds.Contains(pair.Kind))
            {
                throw new InvalidDataException($"{table.Path}: pair {pair.Id}: kind '{pair.Kind}' is not agree, conflict or trap");
            }
            if (new[] { pair.ClaimA, pair.ClaimB }.FirstOrDefault(c => !claimIds.Contains(c)) is { } unknown)
            {
                throw new InvalidDataException($"{table.Path}: pair {pair.Id}: unknown claim '{unknown}'");
            }
            pairs.Add(pair);
        }
        return pairs;
    }

    private static Dictionary<string, string> ReadScripts(TsvTable table)
    {
        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < table.Count; row++)
        {
            scripts[table.Cell(row, "file")] = table.Cell(row, "script");
        }
        return scripts;
    }
}
