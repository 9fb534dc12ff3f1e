namespace Pipeline.Claims;

/// <summary>
/// 自12月1日起, 从2025年12月1日起 ("from December 1 on"), with a full day: the day a measure takes effect,
/// when the clause names no other event for it (a start of production keeps its own measure). The one
/// who acts must be named before the day in its sentence (中国商务部宣布，自…起; 中国自…起对…实施管制) or open
/// the clause right after it (自12月1日起，中国将…):
/// a topic carried from the sentence before may be whom the rule came from, not whom it binds.
/// </summary>
internal static class EffectiveFrom
{
    public const string Key = "takes-effect";

    /// <summary>Whether the date at [<paramref name="dateStart"/>, <paramref name="dateEnd"/>) stands in 自/从 … 起.</summary>
    public static bool Frames(string normalized, int dateStart, int dateEnd)
    {
        var before = normalized.AsSpan(0, dateStart).TrimEnd();
        var after = normalized.AsSpan(dateEnd).TrimStart();
        return before.Length > 0 && before[^1] is '自' or '从' && after.StartsWith("起", StringComparison.Ordinal);
    }
}
