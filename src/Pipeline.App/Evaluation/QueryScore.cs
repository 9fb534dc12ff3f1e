namespace Pipeline.App.Evaluation;

/// <summary>How one judged query fared.</summary>
/// <param name="RPrecision">Of the first R results (R = the number of relevant files), the share that is relevant.</param>
/// <param name="RecallAt10">Of the relevant files, the share among the first 10 results.</param>
/// <param name="Missed">Relevant files not among the first R results.</param>
/// <param name="Intruders">Files among the first R results that are not relevant.</param>
/// <param name="Error">Why the query could not run (its syntax); null when it ran.</param>
public sealed record QueryScore(
    string Id,
    string Query,
    int Relevant,
    int Matches,
    double RPrecision,
    double RecallAt10,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Intruders,
    string? Error);
