namespace Pipeline.Extraction.Entities;

/// <summary>Where an entry of the lexicon was written: file and 1-based line, for error messages (which name the file without its folder).</summary>
internal readonly record struct LexiconSource(string? FilePath, int? Line)
{
    public static LexiconSource InMemory { get; } = new(null, null);

    public override string ToString() => (FilePath, Line) switch
    {
        (null, _) => "lexicon",
        (var file, null) => Path.GetFileName(file),
        var (file, line) => $"{Path.GetFileName(file)}, line {line}",
    };
}
