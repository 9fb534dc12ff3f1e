using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Storage;

namespace Pipeline.Ingestion;

/// <summary>Extracts a document's mentions and builds its claims: the stages after storage.</summary>
public sealed class DocumentAnalyzer(MentionExtractor mentions, ClaimBuilder claims)
{
    /// <summary>Every extractor, configured from the config folder (lexicon, units, attributes).</summary>
    public static DocumentAnalyzer Create(string configFolder, Lexicon lexicon) => new(
        MentionExtractor.Create(configFolder, lexicon),
        new ClaimBuilder(AttributeCatalog.Load(configFolder)));

    public DocumentAnalysis Analyze(Document document) => Analyze(document.Text, document.Language, document.PublishedOn);

    public DocumentAnalysis Analyze(string text, string language, DateOnly? documentDate)
    {
        var input = ExtractionInput.From(text, language, documentDate);
        var found = mentions.Extract(input);
        return new DocumentAnalysis(found, claims.Build(text, language, found, documentDate, input.Normalized));
    }
}
