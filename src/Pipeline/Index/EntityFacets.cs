using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// Counts, for every entity, the matching documents that mention it, while the search collects
/// its hits: no second run of the query, and a cost that follows the number of matches rather
/// than the number of entity mentions in the index. Each segment's entity field is uninverted
/// once into per-document ordinals held in memory (Lucene's field cache, dropped with the
/// segment), by the first search that counts facets on it: not when the index is opened, which
/// ingestion and the catch-up also do and which never count facets. Doc values were tried
/// instead: read from disk for every match, they cost as much as the search at 100,000 documents.
/// </summary>
internal sealed class EntityFacets : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? _ids;
    private int[] _byOrdinal = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        _ids = OrdinalsOf(context.AtomicReader);
        _byOrdinal = new int[_ids.ValueCount];
    }

    public void Collect(int doc)
    {
        _ids!.SetDocument(doc);
        long ordinal;
        while ((ordinal = _ids.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            _byOrdinal[ordinal]++;
        }
    }

    /// <summary>The <paramref name="top"/> entities mentioned by the most matches, ties in id order.</summary>
    public IReadOnlyList<FacetCount> Top(int top)
    {
        FinishSegment();
        return [.. _counts.Select(c => new FacetCount(c.Key, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(top)];
    }

    private static SortedSetDocValues OrdinalsOf(AtomicReader segment) =>
        FieldCache.DEFAULT.GetDocTermOrds(segment, IndexFields.Entity);

    private void FinishSegment()
    {
        if (_ids is null)
        {
            return;
        }
        var id = new BytesRef();
        for (var ordinal = 0; ordinal < _byOrdinal.Length; ordinal++)
        {
            if (_byOrdinal[ordinal] > 0)
            {
                _ids.LookupOrd(ordinal, id);
                var value = id.Utf8ToString();
                _counts[value] = _counts.GetValueOrDefault(value) + _byOrdinal[ordinal];
            }
        }
        _ids = null;
    }
}
