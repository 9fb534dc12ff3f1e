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
        ModelScores? withModel = null;
        if (corpus.Adjudication is var (model, adjudication))
        {
            var kept = corpus.OpenDisputes.Where(e => !ModelSetsAside(e.Item)).ToList();
            withModel = new ModelScores(model, adjudication, corpus.OpenDisputes.Count - kept.Count, new ConflictScoring(set, matching, kept).Scores);
        }
        return new ConflictsEvalReport(directory, matching.Scores(), conflicts.Scores, failures, withModel);
    }

    /// <summary>The model says the figures are not of one fact, or do not truly disagree: not a conflict by its verdict.</summary>
    private static bool ModelSetsAside(Storage.DisputeItem item) =>
        item.VerdictAt is not null && (item.VerdictSameFact == false || item.VerdictDisagree == false);
}
