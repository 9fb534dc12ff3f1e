using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// Counts, for every entity, the matching documents that mention it, while the search collects
/// its hits: no second run of the query. Each match's entity ids are read from its
/// <see cref="IndexFields.EntityIds"/> doc values, so the cost follows the number of matches, not
/// the number of entity mentions in the whole index. A segment written before those doc values
/// existed is counted the old way: one pass over its entity postings, checked against its matches.
/// </summary>
internal sealed class EntityFacets : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private AtomicReader? _segment;
    private SortedSetDocValues? _ids;
    private int[] _byOrdinal = [];
    private FixedBitSet? _unindexedMatches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        _segment = context.AtomicReader;
        _ids = _segment.GetSortedSetDocValues(IndexFields.EntityIds);
        if (_ids is not null)
        {
            _byOrdinal = new int[_ids.ValueCount];
        }
        else
        {
            _unindexedMatches = new FixedBitSet(_segment.MaxDoc);
        }
    }

    public void Collect(int doc)
    {
        if (_ids is null)
        {
            _unindexedMatches!.Set(doc);
            return;
        }
        _ids.SetDocument(doc);
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

    private void FinishSegment()
    {
        if (_ids is not null)
        {
            var id = new BytesRef();
            for (var ordinal = 0; ordinal < _byOrdinal.Length; ordinal++)
            {
                if (_byOrdinal[ordinal] > 0)
                {
                    _ids.LookupOrd(ordinal, id);
                    Add(id.Utf8ToString(), _byOrdinal[ordinal]);
                }
            }
        }
        else if (_unindexedMatches is { } matches && _segment?.GetTerms(IndexFields.Entity) is { } terms)
        {
            CountFromPostings(terms, matches);
        }
        (_segment, _ids, _unindexedMatches) = (null, null, null);
    }

    /// <summary>Deleted documents never match, so the postings need no live-docs check.</summary>
    private void CountFromPostings(Terms terms, FixedBitSet matches)
    {
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            var count = 0;
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (matches.Get(doc))
                {
                    count++;
                }
            }
            if (count > 0)
            {
                Add(termsEnum.Term.Utf8ToString(), count);
            }
        }
    }

    private void Add(string id, int count) =>
        _counts[id] = _counts.GetValueOrDefault(id) + count;
}
