namespace Pipeline.App.Evaluation;

/// <summary>`pipeline eval search`: every judged query's scores and their summary.</summary>
/// <param name="LowestRPrecision">The worst query's R-precision (an average hides the query an analyst gives up on).</param>
public sealed record SearchEvalReport(
    string Queries,
    string Directory,
    IReadOnlyList<QueryScore> Scores,
    double MeanRPrecision,
    double LowestRPrecision,
    double MeanRecallAt10);
