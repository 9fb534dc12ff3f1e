using System.Globalization;
using Pipeline.App.Evaluation;

namespace Pipeline.App.Output;

/// <summary>`pipeline eval conflicts` for a person: the figures, then with --failures every case counted against Pipeline.</summary>
public static class ConflictsEvalText
{
    public static void Write(TextWriter output, ConflictsEvalReport report, bool failures)
    {
        var claims = report.Claims;
        foreach (var score in claims.ByScript.Prepend(claims.All))
        {
            output.WriteLine(Invariant(
                $"claims   {score.Script,-4}  precision {score.Precision:0.00}  recall {score.Recall:0.00}  ({score.Found}/{score.Annotated})  claimed {score.Predicted}, correct {score.Correct}"));
        }
        output.WriteLine(Invariant(
            $"claims   in catalogue recall {claims.CatalogueRecall:0.00}  ({claims.CatalogueFound}/{claims.CatalogueAnnotated})  not scored (other periods of an annotated quote) {claims.OutsideAnnotation}  quotes not found in stored text {claims.QuotesNotFound}  articles not stored {claims.ArticlesNotStored}"));
        WriteConflicts(output, "conflicts", "disputes", report.Conflicts);
        if (report.WithModel is { } model)
        {
            output.WriteLine($"model    {AdjudicationText.Summary(model.Model, model.Adjudication)}");
            output.WriteLine(Invariant(
                $"model    {model.SetAside} of {report.Conflicts.Flagged} disputes set aside (the model says not one fact, or no real disagreement)"));
            WriteConflicts(output, "conflicts with the model", "disputes with the model", model.Conflicts);
        }
        if (failures)
        {
            WriteFailures(output, report.Failures);
        }
    }

    private static void WriteConflicts(TextWriter output, string conflictsLabel, string disputesLabel, ConflictScores c)
    {
        output.WriteLine(Invariant(
            $"{conflictsLabel} recall {c.Recall:0.00} ({c.Covered}/{c.ConflictPairs})  flagged {c.Flagged} (annotated both sides {c.AnnotatedBothSides}, one side {c.AnnotatedOneSide}, none {c.AnnotatedNone}; correct {c.Correct}: precision {c.Precision:0.00})  traps flagged {c.TrapsFlagged}  agree flagged {c.AgreeFlagged}"));
        output.WriteLine(Invariant(
            $"{disputesLabel} {c.Flagged} in the queue for {c.AnnotatedDisputes} annotated disputed facts: {c.ItemsPerDispute:0.00} review items per disputed fact"));
    }

    private static void WriteFailures(TextWriter output, EvalFailures failures)
    {
        Section(output, "missed claims", failures.MissedClaims, missed =>
        {
            var claim = missed.Claim;
            output.WriteLine($"  {claim.Id}  {claim.File}  \"{claim.Quote}\"  expected {claim.Subject} {claim.Measure} {claim.Value}: {missed.Why}");
            foreach (var got in missed.Overlapping)
            {
                output.WriteLine($"      pipeline: {Figure(got)}");
            }
        });
        Section(output, "false claims", failures.FalseClaims, claim =>
        {
            output.WriteLine($"  {claim.File}  {Figure(claim)}");
            output.WriteLine($"      {OneLine(claim.Sentence)}");
        });
        Section(output, "missed conflict pairs", failures.MissedConflicts, pair =>
            output.WriteLine($"  {pair.Pair}  {pair.A.Id} {pair.A.File} \"{pair.A.Quote}\" ({pair.A.Value})  vs  {pair.B.Id} {pair.B.File} \"{pair.B.Quote}\" ({pair.B.Value})"));
        Section(output, "flagged trap and agree pairs", failures.FlaggedTrapsAndAgrees, pair =>
        {
            output.WriteLine($"  {pair.Pair} {pair.Kind}, by item {pair.Item}");
            WriteSides(output, pair.A, pair.B);
        });
        Section(output, "incorrect flagged items", failures.IncorrectItems, item =>
        {
            output.WriteLine($"  item {item.Item}: {item.Reason}");
            WriteSides(output, item.A, item.B);
        });
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> cases, Action<T> write)
    {
        output.WriteLine();
        output.WriteLine($"{title} ({cases.Count}):");
        foreach (var failure in cases)
        {
            write(failure);
        }
    }

    private static void WriteSides(TextWriter output, PipelineClaimView a, PipelineClaimView b)
    {
        foreach (var side in new[] { a, b })
        {
            output.WriteLine($"      {side.Annotated ?? "-",-5} {side.File}  {Figure(side)}");
            output.WriteLine($"            {OneLine(side.Sentence)}");
        }
    }

    private static string Figure(PipelineClaimView claim) => $"{claim.Subject} {claim.Attribute} {claim.Value}";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
