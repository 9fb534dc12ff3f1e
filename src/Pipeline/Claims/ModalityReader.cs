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
/// <item>a forecast: expected, forecast, projected, 预计, 有望, unless the figure is measured against
/// one (好于市场预期, "beat expectations");</item>
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
        return HasForecast(sentence, words.Forecast, clauseEnd) ? Modality.Forecast : Modality.Actual;
    }

    /// <summary>A forecast word, unless a figure is measured against it: 好于市场预期, "beat forecasts", "below expectations".</summary>
    private static bool HasForecast(SentenceView sentence, CueSet forecast, int clauseEnd)
    {
        foreach (var (start, end) in sentence.Find(forecast))
        {
            if (end > clauseEnd)
            {
                continue;
            }
            var from = Math.Max(sentence.ClauseOf(start, end).Start, start - ComparedReach);
            var before = sentence.Text.AsSpan(from, start - from);
            if (!ComparedWith(before, sentence.IsEnglish))
            {
                return true;
            }
        }
        return false;
    }

    // 好于市场预期: the comparison word may stand a few characters before the forecast word.
    private const int ComparedReach = 16;

    private static readonly string[] ChineseComparisons = ["低于", "高于", "超过", "超出", "好于", "优于", "不及", "逊于", "符合"];

    private static readonly string[] EnglishComparisons = ["beat", "beats", "beating", "missed", "misses", "above", "below", "exceeded", "exceeding", "topped", "than", "in line with"];

    /// <summary>A comparison word before the forecast word in its clause, with no figure between ("超过30万吨，预计…" is no comparison).</summary>
    private static bool ComparedWith(ReadOnlySpan<char> before, bool english)
    {
        var lastDigit = before.LastIndexOfAnyInRange('0', '9');
        if (lastDigit >= 0)
        {
            before = before[(lastDigit + 1)..];
        }
        if (!english)
        {
            foreach (var word in ChineseComparisons)
            {
                if (before.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var word in EnglishComparisons)
        {
            var at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || before[at - 1] == ' ') && (at + word.Length == before.Length || before[at + word.Length] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"by 2030", "到2030年", "2030年前": a year the figure is to be reached by (截至 is "as of").</summary>
    private static bool IsDeadline(SentenceView sentence, Mention period)
    {
        var (start, end) = (period.Start - sentence.Start, period.End - sentence.Start);
        var before = sentence.Text.AsSpan(0, start).TrimEnd();
        if (sentence.IsEnglish)
        {
            return before.EndsWith(" by") || before.SequenceEqual("by");
        }
        if (before.EndsWith("截至") || before.EndsWith("截止") || before.EndsWith("截止到") || before.EndsWith("截止至"))
        {
            return false; // 截至5月1日: "as of", the day a figure stood at, not one it is to reach by
        }
        var after = sentence.Text.AsSpan(end);
        return before.EndsWith("到") || before.EndsWith("至") || after.StartsWith("前") || after.StartsWith("以前") || after.StartsWith("之前");
    }
}
