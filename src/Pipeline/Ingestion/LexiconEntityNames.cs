using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.Ingestion;

/// <summary>Entity names in a search query, found by the same extractor that reads documents; the lexicon's families and concepts.</summary>
public sealed class LexiconEntityNames(Lexicon lexicon) : IEntityNames
{
    private readonly EntityExtractor _extractor = new(lexicon);

    public IReadOnlyList<EntityOccurrence> FindIn(string text)
    {
        var language = text.Any(IcuCjk) ? "zh" : "en";
        return [.. _extractor.Extract(ExtractionInput.From(text, language, null))
            .Where(m => m.Verified && m.EntityId is not null)
            .Select(m => new EntityOccurrence(m.EntityId!, m.Start, m.End))];
    }

    public IReadOnlyList<string> WholesOf(string entityId) => lexicon.WholesOf(entityId);

    public IReadOnlyList<ConceptOccurrence> ConceptsIn(string text) => lexicon.Concepts.FindIn(text);

    private static bool IcuCjk(char c) => c is >= '\u3400' and <= '\u9FFF';
}
