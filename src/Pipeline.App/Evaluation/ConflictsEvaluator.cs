namespace Pipeline.App.Evaluation;

/// <summary>Scores what Pipeline stored for an annotated folder: claim extraction, then the conflicts it flagged.</summary>
public static class ConflictsEvaluator
{
    public static ConflictsEvalReport Evaluate(string directory, DevSet set, StoredCorpus corpus)
    {
        var matching = new ClaimMatching(set, corpus);
        var conflicts = new ConflictScoring(set, matching, corpus.OpenDisputes);
        var failures = new EvalFailures(matching.Missed(), matching.False(),
            conflicts.MissedConflicts, conflicts.FlaggedTrapsAndAgrees, conflicts.IncorrectItems);
        return new ConflictsEvalReport(directory, matching.Scores(), conflicts.Scores, failures);
    }
}
