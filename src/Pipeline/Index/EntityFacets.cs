using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// Counts, for every entity, the matching documents that mention it: one pass over the entity
/// field's postings, checked against the set of matches, so the cost follows the number of
/// entity mentions in the index, not the number of hits shown.
/// </summary>
internal static class EntityFacets
{
    public static IReadOnlyList<FacetCount> Count(IndexSearcher searcher, Query query, Filter? filter, int top)
    {
        var reader = searcher.IndexReader;
        var matches = new FixedBitSet(reader.MaxDoc);
        searcher.Search(query, filter, new MatchCollector(matches));
        var terms = MultiFields.GetTerms(reader, IndexFields.Entity);
        if (terms is null || matches.Cardinality == 0)
        {
            return [];
        }
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var counts = new List<FacetCount>();
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
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
                counts.Add(new FacetCount(termsEnum.Term.Utf8ToString(), count));
            }
        }
        return [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(top)];
    }

    /// <summary>Marks every matching document, by its index-wide number.</summary>
    private sealed class MatchCollector(FixedBitSet matches) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => matches.Set(_docBase + doc);
    }
}
