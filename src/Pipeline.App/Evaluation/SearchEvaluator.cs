using Pipeline.Index;

namespace Pipeline.App.Evaluation;

/// <summary>
/// Scores ranked search results against relevance judgements: R-precision (the first R results,
/// R the number of relevant files, so a query with one answer must rank it first) and recall at 10.
/// </summary>
public static class SearchEvaluator
{
    private const int RecallDepth = 10;

    /// <summary>The files <c>search</c> ranks for a query, best first, at least as many as asked for; it throws what the query's syntax error is.</summary>
    public delegate IReadOnlyList<string> Ranker(string query, int depth);

    public static QueryScore Score(JudgedQuery judged, Ranker search)
    {
        var depth = Math.Max(RecallDepth, judged.Relevant.Count);
        IReadOnlyList<string> ranked;
        string? error = null;
        try
        {
            ranked = search(judged.Query, depth);
        }
        catch (InvalidSearchQueryException e)
        {
            (ranked, error) = ([], e.Message);
        }
        var relevant = judged.Relevant.ToHashSet(StringComparer.Ordinal);
        var firstR = ranked.Take(relevant.Count).ToList();
        return new QueryScore(
            judged.Id,
            judged.Query,
            relevant.Count,
            ranked.Count,
            Ratio.Of(firstR.Count(relevant.Contains), relevant.Count),
            Ratio.Of(ranked.Take(RecallDepth).Count(relevant.Contains), relevant.Count),
            [.. judged.Relevant.Where(f => !firstR.Contains(f, StringComparer.Ordinal))],
            [.. firstR.Where(f => !relevant.Contains(f))],
            error);
    }

    public static SearchEvalReport Evaluate(string queries, string directory, IReadOnlyList<JudgedQuery> judged, Ranker search)
    {
        var scores = judged.Select(q => Score(q, search)).ToList();
        return new SearchEvalReport(
            queries,
            directory,
            scores,
            Mean(scores.Select(s => s.RPrecision)),
            scores.Count == 0 ? 0 : scores.Min(s => s.RPrecision),
            Mean(scores.Select(s => s.RecallAt10)));
    }

    private static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(0).Average() is var mean ? Math.Round(mean, 4) : 0;
}
