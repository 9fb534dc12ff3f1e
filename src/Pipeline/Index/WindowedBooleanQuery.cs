using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>
/// A BooleanQuery that, at the top of a search, scores a disjunction with
/// <see cref="WindowedDisjunction"/> instead of Lucene's BooleanScorer (the same hits and scores,
/// without the 2,048 objects BooleanScorer allocates for its table in every segment of every
/// search), and a conjunction of clauses that each match many documents with
/// <see cref="WindowedConjunction"/> instead of its ConjunctionScorer (the same hits and scores,
/// a window at a time). Every other shape (required and optional clauses together, a minimum of
/// matches above one, in-order scoring, a conjunction led by a rare clause) is Lucene's.
/// </summary>
public sealed class WindowedBooleanQuery(bool disableCoord = false) : BooleanQuery(disableCoord)
{
    /// <summary>
    /// A conjunction is scored in windows when its rarest clause matches at least one document in
    /// this many of the segment. Rarer, and advancing the other clauses to its documents reads
    /// less than reading them through: measured on the benchmark's 100,000 documents, windows won
    /// for two words each in most of the documents and lost for a word in a sixth of them.
    /// </summary>
    internal const int DenseConjunction = 4;

    public override Weight CreateWeight(IndexSearcher searcher) => new WindowedWeight(this, searcher);

    private sealed class WindowedWeight(WindowedBooleanQuery query, IndexSearcher searcher)
        : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            if (scoreDocsInOrder)
            {
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            }
            if (IsDisjunction)
            {
                return Disjunction(context, acceptDocs, asScorer: false);
            }
            return query.MinimumNumberShouldMatch > 1 || query.Clauses.Any(c => c.Occur == Occur.SHOULD) || !TryConjunction(context, acceptDocs, out var conjunction)
                ? base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs)
                : conjunction;
        }

        /// <summary>
        /// The disjunction of the clauses (none required) scored in windows; null where none can
        /// match. <paramref name="asScorer"/>: scored as Lucene's in-order scorer would (under a
        /// conjunction) rather than its BooleanScorer (see <see cref="WindowedDisjunction"/>).
        /// </summary>
        private WindowedDisjunction? Disjunction(AtomicReaderContext context, IBits acceptDocs, bool asScorer)
        {
            var clauses = query.Clauses;
            var optional = new List<WindowClause>(clauses.Count);
            var prohibited = new List<WindowClause>();
            for (var i = 0; i < clauses.Count; i++)
            {
                if (Clause(context, acceptDocs, i, asScorer) is { } clause)
                {
                    (clauses[i].IsProhibited ? prohibited : optional).Add(clause);
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
            return new WindowedDisjunction([.. optional], [.. prohibited], coords, query.MinimumNumberShouldMatch, asScorer);
        }

        /// <summary>Clause <paramref name="i"/> read in windows: a nested disjunction in windows of its own, else through its scorer; null where it matches nothing here.</summary>
        private WindowClause? Clause(AtomicReaderContext context, IBits acceptDocs, int i, bool asScorer) =>
            m_weights[i] is WindowedWeight { IsDisjunction: true } nested
                ? nested.Disjunction(context, acceptDocs, asScorer) is { } windows ? WindowClause.Of(windows) : null
                : m_weights[i].GetScorer(context, acceptDocs) is { } scorer ? WindowClause.Of(scorer) : null;

        /// <summary>
        /// The conjunction of the required clauses, none of the prohibited, scored in windows when
        /// its rarest clause is common enough (<see cref="DenseConjunction"/>); false where Lucene's
        /// conjunction does better (it makes again the clauses read here before the rare one was
        /// met). True with a null scorer where a required clause matches nothing.
        /// </summary>
        private bool TryConjunction(AtomicReaderContext context, IBits acceptDocs, out BulkScorer? conjunction)
        {
            conjunction = null;
            var clauses = query.Clauses;
            var required = new List<WindowClause>(clauses.Count);
            var prohibited = new List<WindowClause>();
            for (var i = 0; i < clauses.Count; i++)
            {
                // Under a conjunction, a nested disjunction scores as Lucene's in-order scorer does.
                var clause = Clause(context, acceptDocs, i, asScorer: true);
                if (clause is null)
                {
                    if (clauses[i].IsRequired)
                    {
                        return true;
                    }
                }
                else if (clauses[i].IsRequired && clause.Cost * DenseConjunction < context.AtomicReader.MaxDoc)
                {
                    // A rare clause would lead: Lucene's conjunction, without reading the other clauses first.
                    return false;
                }
                else
                {
                    (clauses[i].IsRequired ? required : prohibited).Add(clause);
                }
            }
            // ConjunctionScorer leads with the fewest documents and sums in that order: a stable sort, as its own.
            var coord = query.CoordDisabled ? 1f : Coord(required.Count, m_maxCoord);
            conjunction = new WindowedConjunction([.. required.OrderBy(c => c.Cost)], [.. prohibited], coord);
            return true;
        }

        /// <summary>Whether this query is a disjunction that <see cref="Disjunction"/> scores in windows.</summary>
        private bool IsDisjunction => query.MinimumNumberShouldMatch <= 1 && !query.Clauses.Any(c => c.IsRequired);
    }
}
