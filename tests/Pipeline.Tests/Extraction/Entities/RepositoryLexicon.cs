using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Extraction.Entities;

/// <summary>The repository's config/lexicon, read once for the test run, and helpers to run it over text.</summary>
internal static class RepositoryLexicon
{
    private static readonly Lazy<Lexicon> Loaded = new(() => Lexicon.Load(ConfigFolder));

    public static string ConfigFolder => Path.Combine(Directory.GetParent(SeedCorpus.Folder)!.FullName, "config");

    public static Lexicon Lexicon => Loaded.Value;

    public static IReadOnlyList<Mention> Extract(string text, string language = "zh") =>
        [.. new EntityExtractor(Lexicon).Extract(ExtractionInput.From(text, language, null))];

    /// <summary>The mentions as "surface=id" in text order, for compact assertions.</summary>
    public static string Describe(string text) =>
        string.Join(" ", Extract(text).Select(m => m.Surface + "=" + m.EntityId));
}
