namespace Pipeline.Claims;

/// <summary>
/// 计划在2026年生产钐, 预计于明年量产, 将于6月产出: a plan to make something in a year or month is when its
/// production starts, as "expects to produce terbium in June" is in English (a cue there). Not when a
/// number follows the verb: 计划在2026年生产5000吨 plans an output, not a start.
/// </summary>
internal static class PlannedStart
{
    // Normalized text is Simplified: 計劃 reads 计划, 於 reads 于.
    private static readonly string[] Plans = ["计划", "预计", "预期", "准备", "打算", "将", "拟"];

    private static readonly string[] Making = ["生产", "量产", "产出"];

    /// <summary>Whether the date at [<paramref name="dateStart"/>, <paramref name="dateEnd"/>) stands between a plan and a verb of making.</summary>
    public static bool Frames(string normalized, int dateStart, int dateEnd)
    {
        var before = normalized.AsSpan(0, dateStart).TrimEnd();
        if (before.Length > 0 && before[^1] is '在' or '于')
        {
            before = before[..^1];
        }
        if (!EndsWithAny(before, Plans))
        {
            return false;
        }
        var after = normalized.AsSpan(dateEnd).TrimStart();
        foreach (var verb in Making)
        {
            if (after.StartsWith(verb, StringComparison.Ordinal))
            {
                var made = after[verb.Length..].TrimStart();
                return made.Length > 0 && !char.IsDigit(made[0]) && !"一二三四五六七八九十两百千万亿".Contains(made[0]);
            }
        }
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
