namespace Pipeline.Benchmarks.Corpus;

/// <summary>What a generated corpus holds, for the report.</summary>
internal sealed record CorpusStats(string Directory, IReadOnlyList<GeneratedFile> Files)
{
    public long Bytes => Files.Sum(f => (long)f.Bytes);

    public long Characters => Files.Sum(f => (long)f.Characters);

    public long ChineseCharacters => Files.Where(f => f.Kind != ArticleKind.English).Sum(f => (long)f.Characters);

    public double ChineseShare => Characters == 0 ? 0 : (double)ChineseCharacters / Characters;

    public int Count(ArticleKind kind) => Files.Count(f => f.Kind == kind);

    public int CountEncoding(string encoding) => Files.Count(f => f.Encoding == encoding);
}
