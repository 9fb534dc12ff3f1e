namespace Pipeline.Claims;

/// <summary>
/// Phrases that say a measure takes effect the day it is announced, with no date written:
/// "effective immediately", "with immediate effect" (English); 自即日起, 即日起, 立即生效 (Chinese,
/// Simplified and Traditional). Their day is the announcement's (see <see cref="ClaimBuilder"/>).
/// </summary>
internal static class ImmediateStart
{
    private static readonly string[] English =
        ["effective immediately", "with immediate effect", "takes effect immediately", "take effect immediately", "took effect immediately"];

    // Normalized text is Simplified: 即時 reads 即时.
    private static readonly string[] Chinese = ["自即日起", "即日起", "立即生效", "即时生效"];

    /// <summary>A cheap test on the sentence as written, before it is normalized.</summary>
    public static bool MayBeIn(ReadOnlySpan<char> sentence) =>
        sentence.Contains("mmediate", StringComparison.Ordinal) || sentence.Contains("即日", StringComparison.Ordinal)
        || sentence.Contains("生效", StringComparison.Ordinal);

    /// <summary>The phrase in the normalized sentence, as (start, end); null when there is none.</summary>
    public static (int Start, int End)? Find(string normalized, bool english)
    {
        foreach (var phrase in english ? English : Chinese)
        {
            var at = normalized.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && (!english || (!IsLetter(normalized, at - 1) && !IsLetter(normalized, at + phrase.Length))))
            {
                return (at, at + phrase.Length);
            }
        }
        return null;
    }

    /// <summary>自即日起至2026年11月10日: the date right after 至/到 is where the measure ends.</summary>
    public static bool EndsAt(string normalized, int phraseEnd, int dateStart)
    {
        var gap = normalized.AsSpan(phraseEnd, Math.Max(0, dateStart - phraseEnd)).Trim();
        return gap is "至" or "到";
    }

    private static bool IsLetter(string text, int at) => at >= 0 && at < text.Length && char.IsLetter(text[at]);
}
