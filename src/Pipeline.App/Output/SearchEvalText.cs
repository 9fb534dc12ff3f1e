using System.Globalization;
using Pipeline.App.Evaluation;

namespace Pipeline.App.Output;

/// <summary>`pipeline eval search` as text: one line a query, what it missed under it, then the summary.</summary>
public static class SearchEvalText
{
    public static void Write(TextWriter output, SearchEvalReport report)
    {
        var invariant = CultureInfo.InvariantCulture;
        var idWidth = report.Scores.Select(s => s.Id.Length).DefaultIfEmpty(2).Max();
        foreach (var score in report.Scores)
        {
            output.WriteLine(string.Create(invariant,
                $"{score.Id.PadRight(idWidth)}  R-precision {score.RPrecision:0.00}  recall@10 {score.RecallAt10:0.00}  ({score.Relevant} relevant, {score.Matches} found)  {score.Query}"));
            if (score.Error is { } error)
            {
                output.WriteLine($"{new string(' ', idWidth)}  query not run: {error}");
            }
            if (score.Missed.Count > 0)
            {
                output.WriteLine($"{new string(' ', idWidth)}  missed: {string.Join(", ", score.Missed)}");
            }
            if (score.Intruders.Count > 0)
            {
                output.WriteLine($"{new string(' ', idWidth)}  ranked above them: {string.Join(", ", score.Intruders)}");
            }
        }
        var lowest = report.Scores.Where(s => s.RPrecision == report.LowestRPrecision).Select(s => s.Id);
        output.WriteLine(string.Create(invariant,
            $"search   {report.Scores.Count} queries  mean R-precision {report.MeanRPrecision:0.00}  lowest {report.LowestRPrecision:0.00} ({string.Join(", ", lowest)})  mean recall@10 {report.MeanRecallAt10:0.00}"));
    }
}
