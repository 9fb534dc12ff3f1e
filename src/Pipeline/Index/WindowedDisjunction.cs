using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Scores the documents that match any of a disjunction's clauses and none of its prohibited
/// ones, as Lucene's BooleanScorer does: a window of 2,048 documents at a time, each clause adding
/// its score to the window's slot of each document it matches, then the window's matches
/// collected, out of order. Scores are summed in a double, as Lucene sums them, and weighed by the
/// coord of how many clauses matched: after rounding to a float when the disjunction is a clause
/// of a conjunction (as Lucene's DisjunctionSumScorer does there), before it at the top (as its
/// BooleanScorer does), so each is the score Lucene gives.
/// </summary>
internal sealed class WindowedDisjunction(BulkScorer[] optional, BulkScorer[] prohibited, float[] coords, int minimumMatched, bool inConjunction = false)
    : BulkScorer
{
    private readonly bool[] _optionalHasMore = [.. optional.Select(_ => true)];
    private readonly bool[] _prohibitedHasMore = [.. prohibited.Select(_ => true)];

    /// <summary>Where the next window starts: every document below it has been scored and collected.</summary>
    private int _next;

    public override bool Score(ICollector collector, int max)
    {
        var window = ScoreWindow.Take();
        try
        {
            var current = new CollectedDocument();
            collector.SetScorer(current);
            var adding = new Adding(window, excludes: false);
            var excluding = new Adding(window, excludes: true);
            while (_next < max && _optionalHasMore.Contains(true))
            {
                // A window never spans more than the table's slots, nor goes past max.
                var end = (int)Math.Min((long)_next + ScoreWindow.Size, max);
                Fill(optional, _optionalHasMore, adding, end);
                Fill(prohibited, _prohibitedHasMore, excluding, end);
                Collect(window, collector, current);
                _next = end;
            }
            return _optionalHasMore.Contains(true);
        }
        finally
        {
            ScoreWindow.Give(window);
        }
    }

    private static void Fill(BulkScorer[] scorers, bool[] hasMore, Adding adding, int end)
    {
        for (var i = 0; i < scorers.Length; i++)
        {
            if (hasMore[i])
            {
                hasMore[i] = scorers[i].Score(adding, end);
            }
        }
    }

    /// <summary>Collects the window's matches and leaves its slots empty for the next window, or the next search.</summary>
    private void Collect(ScoreWindow window, ICollector collector, CollectedDocument current)
    {
        for (var i = 0; i < window.Filled; i++)
        {
            var slot = window.FilledSlots[i];
            var matched = window.Matched[slot];
            if (!window.Excluded[slot] && matched >= Math.Max(1, minimumMatched))
            {
                var sum = window.Scores[slot];
                current.Set(window.Docs[slot], inConjunction ? (float)sum * coords[matched] : (float)(sum * coords[matched]), matched);
                collector.Collect(window.Docs[slot]);
            }
        }
        window.Clear();
    }

    /// <summary>What one clause's scorer hands each document it matches to: added to the table, or marked as excluded.</summary>
    private sealed class Adding(ScoreWindow table, bool excludes) : ICollector
    {
        private Scorer _scorer = null!;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            var slot = table.SlotOf(doc);
            if (excludes)
            {
                table.Excluded[slot] = true;
                return;
            }
            table.Scores[slot] += _scorer.GetScore();
            table.Matched[slot]++;
        }
    }
}
