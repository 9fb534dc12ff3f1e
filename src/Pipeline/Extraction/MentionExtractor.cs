using Pipeline.Extraction.Entities;
using Pipeline.Extraction.Values;

namespace Pipeline.Extraction;

/// <summary>Every extractor over one document: the mentions in text order.</summary>
public sealed class MentionExtractor(IReadOnlyList<IMentionExtractor> extractors)
{
    /// <summary>The entity and value extractors, configured from the config folder (lexicon, units).</summary>
    public static MentionExtractor Create(string configFolder, Lexicon lexicon) =>
        new([new EntityExtractor(lexicon), new ValueExtractor(UnitTable.Load(configFolder))]);

    public IReadOnlyList<Mention> Extract(ExtractionInput input) =>
        [.. extractors.SelectMany(e => e.Extract(input)).OrderBy(m => m.Start).ThenByDescending(m => m.End)];
}
