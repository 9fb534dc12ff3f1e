using Pipeline.Claims;
using Pipeline.Extraction.Entities;
using Pipeline.Ingestion;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Claims;

/// <summary>Claims read from a text by the real extractors and the configured catalogue, as ingestion reads them.</summary>
internal static class ClaimReading
{
    private static readonly DocumentAnalyzer Analyzer =
        DocumentAnalyzer.Create(SeedCorpus.ConfigFolder, Lexicon.Load(SeedCorpus.ConfigFolder));

    public static readonly DateOnly Written = new(2025, 11, 20);

    public static IReadOnlyList<Claim> Read(string text, string language = "en") =>
        Analyzer.Analyze(text, language, Written).Claims;

    /// <summary>The claim whose value is written as <paramref name="surface"/>.</summary>
    public static Claim Of(IReadOnlyList<Claim> claims, string surface) =>
        Assert.Single(claims, c => c.Sentence.Substring(c.Start - c.SentenceStart, c.End - c.Start).Contains(surface, StringComparison.Ordinal));

    /// <summary>(subject, measure, scope, modality): what a claim says, apart from its value.</summary>
    public static (string, string, string?, Modality) Fact(Claim claim) => (claim.Subject, claim.Attribute, claim.Scope, claim.Modality);
}
