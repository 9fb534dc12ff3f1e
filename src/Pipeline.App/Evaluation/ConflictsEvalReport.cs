namespace Pipeline.App.Evaluation;

/// <summary>`pipeline eval conflicts`: claim extraction and conflict flagging against an annotated folder.</summary>
/// <param name="Conflicts">As the rules flag them.</param>
/// <param name="WithModel">With the model's verdicts (`--adjudicate` with a model configured); null otherwise.</param>
public sealed record ConflictsEvalReport(string Directory, ClaimScores Claims, ConflictScores Conflicts, EvalFailures Failures, ModelScores? WithModel = null);
