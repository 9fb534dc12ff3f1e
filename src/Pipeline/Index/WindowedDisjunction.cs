using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Scores the documents that match any of a disjunction's clauses and none of its prohibited
/// ones, as Lucene's BooleanScorer does: a window of 2,048 documents at a time, each clause adding
/// its score to the window's slot of each document it matches, then the window's matches
/// collected, out of order. Scores are summed in a double, as Lucene sums them, and weighed by the
/// coord of how many clauses matched: after rounding to a float where Lucene would score the
/// disjunction with its DisjunctionSumScorer (under a conjunction), before it where it would use
/// its BooleanScorer (at the top, or under another disjunction), so each is the score Lucene gives.
/// </summary>
internal sealed class WindowedDisjunction(WindowClause[] optional, WindowClause[] prohibited, float[] coords, int minimumMatched, bool asScorer)
    : BulkScorer
{
    /// <summary>Where the next window starts: every document below it has been scored and collected.</summary>
    private int _next;

    public override bool Score(ICollector collector, int max)
    {
        var window = ScoreWindow.Take();
        try
        {
            var current = new CollectedDocument();
            collector.SetScorer(current);
            while (_next < max && AnyHasMore())
            {
                // A window never spans more than the table's slots, nor goes past max.
                var end = (int)Math.Min((long)_next + ScoreWindow.Size, max);
                foreach (var clause in optional)
                {
                    clause.Add(window, end);
                }
                foreach (var clause in prohibited)
                {
                    clause.Mark(window, end);
                }
                Collect(window, collector, current);
                _next = end;
            }
            return AnyHasMore();
        }
        finally
        {
            ScoreWindow.Give(window);
        }
    }

    private bool AnyHasMore() => Array.Exists(optional, c => c.HasMore);

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
                current.Set(window.Docs[slot], asScorer ? (float)sum * coords[matched] : (float)(sum * coords[matched]), matched);
                collector.Collect(window.Docs[slot]);
            }
        }
        window.Clear();
    }
}
