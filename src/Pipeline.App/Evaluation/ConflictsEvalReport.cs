namespace Pipeline.App.Evaluation;

/// <summary>`pipeline eval conflicts`: claim extraction and conflict flagging against an annotated folder.</summary>
public sealed record ConflictsEvalReport(string Directory, ClaimScores Claims, ConflictScores Conflicts, EvalFailures Failures);
