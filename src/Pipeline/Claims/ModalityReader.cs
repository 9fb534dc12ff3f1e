using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// How a figure is meant, from its clause and the clauses before it in the sentence (so "the EU
/// aims to mine 10%, recycle 25%, process 40%" makes all three targets):
/// <list type="bullet">
/// <item>a cap: "no more than", "must not", cap, 不得超过, 上限; a cap is also an upper bound,
/// whatever "more than" said;</item>
/// <item>a target: aim, goal, plans, 目标, 计划, or the period is introduced by "by" / 到 / 前
/// ("by 2030", 到2030年, 2030年前);</item>
/// <item>a forecast: expected, forecast, projected, 预计, 有望;</item>
/// <item>else an actual figure.</item>
/// </list>
/// </summary>
internal static class ModalityReader
{
    public static Modality Read(ModalityWords words, SentenceView sentence, ValuePlace place, Mention? period)
    {
        var clauseEnd = place.ClauseEnd;
        if (sentence.Contains(words.Cap, 0, clauseEnd))
        {
            return Modality.Cap;
        }
        if (sentence.Contains(words.Target, 0, clauseEnd) || (period is not null && IsDeadline(sentence, period)))
        {
            return Modality.Target;
        }
        return sentence.Contains(words.Forecast, 0, clauseEnd) ? Modality.Forecast : Modality.Actual;
    }

    /// <summary>"by 2030", "到2030年", "2030年前": a year the figure is to be reached by.</summary>
    private static bool IsDeadline(SentenceView sentence, Mention period)
    {
        var (start, end) = (period.Start - sentence.Start, period.End - sentence.Start);
        var before = sentence.Text.AsSpan(0, start).TrimEnd();
        if (sentence.IsEnglish)
        {
            return before.EndsWith(" by") || before.SequenceEqual("by");
        }
        var after = sentence.Text.AsSpan(end);
        return before.EndsWith("到") || before.EndsWith("至") || after.StartsWith("前") || after.StartsWith("以前") || after.StartsWith("之前");
    }
}
