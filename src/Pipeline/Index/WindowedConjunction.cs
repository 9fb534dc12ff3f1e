using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Scores the documents that match every required clause and no prohibited one, a window of
/// 2,048 documents at a time: the clause that matches fewest documents lists the window's
/// candidates, each other clause in turn keeps those it matches too, and the window's survivors
/// are collected, out of order. Where every clause matches a good share of the documents (the
/// words of a two-word query on a large index: each a disjunction over fields or names), reading
/// each clause straight through a window costs far less than Lucene's ConjunctionScorer, which
/// advances every clause to every candidate; a clause stops being read for the window once no
/// candidate is left in it. Scores are those of ConjunctionScorer: the clauses' scores summed as
/// floats, fewest documents first, times the coord.
/// </summary>
internal sealed class WindowedConjunction(WindowClause[] required, WindowClause[] prohibited, float coord) : BulkScorer
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
            while (_next < max && AllHaveMore())
            {
                var end = (int)Math.Min((long)_next + ScoreWindow.Size, max);
                var candidates = required[0].List(window, end);
                for (var i = 1; i < required.Length; i++)
                {
                    candidates = required[i].Keep(window, i, candidates, end);
                }
                foreach (var clause in prohibited)
                {
                    candidates -= clause.Drop(window, required.Length, candidates, end);
                }
                Collect(window, collector, current);
                _next = end;
            }
            return AllHaveMore();
        }
        finally
        {
            ScoreWindow.Give(window);
        }
    }

    private bool AllHaveMore() => Array.TrueForAll(required, c => c.HasMore);

    /// <summary>Collects the documents every required clause matched, and leaves the window empty.</summary>
    private void Collect(ScoreWindow window, ICollector collector, CollectedDocument current)
    {
        for (var i = 0; i < window.Filled; i++)
        {
            var slot = window.FilledSlots[i];
            if (window.Matched[slot] == required.Length)
            {
                current.Set(window.Docs[slot], (float)window.Scores[slot] * coord, required.Length);
                collector.Collect(window.Docs[slot]);
            }
        }
        window.Clear();
    }
}
