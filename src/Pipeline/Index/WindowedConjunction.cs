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
internal sealed class WindowedConjunction(WindowClause[] required, WindowClause[] prohibited, float coord) : WindowedScorer
{
    protected override bool HasMore => Array.TrueForAll(required, c => c.HasMore);

    protected override void Fill(ScoreWindow window, int end)
    {
        var candidates = required[0].List(window, end);
        for (var i = 1; i < required.Length; i++)
        {
            candidates = required[i].Keep(window, i, candidates, end);
        }
        foreach (var clause in prohibited)
        {
            candidates -= clause.Drop(window, required.Length, candidates, end);
        }
    }

    protected override bool Matches(ScoreWindow window, int slot, out float score, out int matched)
    {
        matched = required.Length;
        score = (float)window.Scores[slot] * coord;
        return window.Matched[slot] == required.Length;
    }
}
