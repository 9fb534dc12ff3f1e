using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// A BooleanQuery that, at the top of a search, scores a disjunction with
/// <see cref="WindowedDisjunction"/> instead of Lucene's BooleanScorer: the same hits and scores,
/// without the 2,048 objects BooleanScorer allocates for its table in every segment of every
/// search (more than half of all a search allocated at 100,000 documents in 16 segments). Every
/// other shape (a required clause, a minimum of matches above one, in-order scoring) is Lucene's.
/// </summary>
public sealed class WindowedBooleanQuery(bool disableCoord = false) : BooleanQuery(disableCoord)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new WindowedWeight(this, searcher);

    private sealed class WindowedWeight(WindowedBooleanQuery query, IndexSearcher searcher)
        : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            var clauses = query.Clauses;
            if (scoreDocsInOrder || query.MinimumNumberShouldMatch > 1 || clauses.Any(c => c.IsRequired))
            {
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            }
            var optional = new List<BulkScorer>(clauses.Count);
            var prohibited = new List<BulkScorer>();
            for (var i = 0; i < clauses.Count; i++)
            {
                if (m_weights[i].GetBulkScorer(context, false, acceptDocs) is { } scorer)
                {
                    (clauses[i].IsProhibited ? prohibited : optional).Add(scorer);
                }
            }
            if (optional.Count == 0)
            {
                return null;
            }
            // As BooleanScorer weighs a document that matched some of the clauses.
            var coords = new float[optional.Count + 1];
            for (var matched = 0; matched < coords.Length; matched++)
            {
                coords[matched] = query.CoordDisabled ? 1f : Coord(matched, m_maxCoord);
            }
            // BooleanScorer adds the clauses' scores last clause first: the same order gives the same sums to the last bit.
            optional.Reverse();
            return new WindowedDisjunction([.. optional], [.. prohibited], coords, query.MinimumNumberShouldMatch);
        }
    }
}
