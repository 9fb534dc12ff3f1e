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
    : WindowedScorer
{
    /// <summary>As Lucene's DisjunctionSumScorer counts it: every document of every optional clause.</summary>
    public long Cost => optional.Sum(c => c.Cost);

    protected override bool HasMore => Array.Exists(optional, c => c.HasMore);

    protected override void Fill(ScoreWindow window, int end)
    {
        foreach (var clause in optional)
        {
            clause.Add(window, end);
        }
        foreach (var clause in prohibited)
        {
            clause.Mark(window, end);
        }
    }

    protected override bool Matches(ScoreWindow window, int slot, out float score, out int matched)
    {
        matched = window.Matched[slot];
        if (matched < Math.Max(1, minimumMatched))
        {
            score = 0;
            return false;
        }
        var sum = window.Scores[slot];
        score = asScorer ? (float)sum * coords[matched] : (float)(sum * coords[matched]);
        return true;
    }
}
