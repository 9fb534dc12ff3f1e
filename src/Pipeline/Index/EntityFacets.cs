using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Counts, for every entity, the matching documents that mention it, while the search collects
/// its hits: no second run of the query, and a cost that follows the number of matches rather
/// than the number of entity mentions in the index. Each segment's entities are read once into
/// memory (<see cref="SegmentEntities"/>), by the first search that counts facets on it: not when
/// the index is opened, which ingestion and the catch-up also do and which never count facets.
/// Doc values were tried instead: read from disk for every match, they cost as much as the search
/// at 100,000 documents; Lucene's field cache of ordinals cost a third of the search there.
/// A hit only marks its document; at the segment's end each entity counts its documents among the marked.
/// </summary>
internal sealed class EntityFacets : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly MatchedDocs _matched = new();
    private SegmentEntities? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        _segment = SegmentEntities.Of(context.AtomicReader);
        _matched.Reset(context.AtomicReader.MaxDoc);
    }

    public void Collect(int doc) => _matched.Add(doc);

    /// <summary>Adds the counts of <paramref name="other"/>, which counted other segments.</summary>
    public void Add(EntityFacets other)
    {
        other.FinishSegment();
        FinishSegment();
        foreach (var (id, count) in other._counts)
        {
            _counts[id] = _counts.GetValueOrDefault(id) + count;
        }
    }

    /// <summary>The <paramref name="top"/> entities mentioned by the most matches, ties in id order.</summary>
    public IReadOnlyList<FacetCount> Top(int top)
    {
        FinishSegment();
        return [.. _counts.Select(c => new FacetCount(c.Key, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(top)];
    }

    private void FinishSegment()
    {
        if (_segment is null || _matched.Count == 0)
        {
            _segment = null;
            return;
        }
        var matched = _matched.Bits;
        for (var ordinal = 0; ordinal < _segment.Ids.Length; ordinal++)
        {
            if (_segment.CountMatched(ordinal, matched) is > 0 and var count)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_counts, _segment.Ids[ordinal], out _) += count;
            }
        }
        _segment = null;
    }
}
