using Pipeline.Extraction.Entities;
using Pipeline.Extraction.Values;

namespace Pipeline.Extraction;

/// <summary>
/// Every extractor over one document: the mentions in text order, bare "$" amounts in the
/// document's own dollar when it has one (<see cref="DollarCurrency"/>).
/// </summary>
public sealed class MentionExtractor(IReadOnlyList<IMentionExtractor> extractors, DollarCurrency? dollars = null)
{
    /// <summary>The entity and value extractors, configured from the config folder (lexicon, units).</summary>
    public static MentionExtractor Create(string configFolder, Lexicon lexicon)
    {
        var units = UnitTable.Load(configFolder);
        return new([new EntityExtractor(lexicon), new ValueExtractor(units)], new DollarCurrency(units.DollarHomes));
    }

    public IReadOnlyList<Mention> Extract(ExtractionInput input)
    {
        IReadOnlyList<Mention> mentions = [.. extractors.SelectMany(e => e.Extract(input)).OrderBy(m => m.Start).ThenByDescending(m => m.End)];
        return dollars is null ? mentions : dollars.Apply(mentions);
    }
}
