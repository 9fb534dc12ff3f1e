using System.Buffers;
using System.Runtime.InteropServices;
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
        var mentions = new List<Mention>();
        foreach (var extractor in extractors)
        {
            mentions.AddRange(extractor.Extract(input));
        }
        SortInTextOrder(CollectionsMarshal.AsSpan(mentions));
        return dollars is null ? mentions : dollars.Apply(mentions);
    }

    /// <summary>
    /// By start, the longest first at one start, else in the order found: what a stable OrderBy gave, sorted
    /// in place with pooled keys (the LINQ sort copied the mentions twice and built key arrays for every document).
    /// </summary>
    private static void SortInTextOrder(Span<Mention> mentions)
    {
        var keys = ArrayPool<TextOrder>.Shared.Rent(mentions.Length);
        for (var i = 0; i < mentions.Length; i++)
        {
            keys[i] = new TextOrder(mentions[i].Start, mentions[i].End, i);
        }
        keys.AsSpan(0, mentions.Length).Sort(mentions);
        ArrayPool<TextOrder>.Shared.Return(keys);
    }

    private readonly record struct TextOrder(int Start, int End, int Found) : IComparable<TextOrder>
    {
        public int CompareTo(TextOrder other) =>
            Start != other.Start ? Start.CompareTo(other.Start)
            : End != other.End ? other.End.CompareTo(End)
            : Found.CompareTo(other.Found);
    }
}
