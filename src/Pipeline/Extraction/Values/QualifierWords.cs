namespace Pipeline.Extraction.Values;

/// <summary>
/// Words around a value that bound it (DESIGN.md, "Claims and contradictions"): before it
/// (约, 近, 超过, 不到, about, more than, up to) or after it (以上, 左右, or more). Null entries are
/// longer words that contain a qualifier but are none (最近 "recently" is not 近 "nearly").
/// </summary>
internal static class QualifierWords
{
    private static readonly PhraseSet<Qualifier?> Before = new(
    [
        ("约", Qualifier.Approximate), ("约为", Qualifier.Approximate), ("大约", Qualifier.Approximate),
        ("大概", Qualifier.Approximate), ("近", Qualifier.Nearly), ("接近", Qualifier.Nearly),
        ("将近", Qualifier.Nearly), ("最近", null), ("附近", null),
        ("超过", Qualifier.AtLeast), ("超", Qualifier.AtLeast), ("超出", Qualifier.AtLeast), ("逾", Qualifier.AtLeast), ("突破", Qualifier.AtLeast),
        ("高于", Qualifier.AtLeast), ("多于", Qualifier.AtLeast), ("大于", Qualifier.AtLeast), ("至少", Qualifier.AtLeast),
        ("最少", Qualifier.AtLeast), ("不少于", Qualifier.AtLeast), ("不低于", Qualifier.AtLeast),
        ("不到", Qualifier.AtMost), ("不足", Qualifier.AtMost), ("低于", Qualifier.AtMost), ("少于", Qualifier.AtMost),
        ("小于", Qualifier.AtMost), ("至多", Qualifier.AtMost), ("最多", Qualifier.AtMost), ("不超过", Qualifier.AtMost),
        ("不高于", Qualifier.AtMost), ("多达", Qualifier.AtMost),
        ("不得超过", Qualifier.AtMost), ("不能超过", Qualifier.AtMost), ("不应超过", Qualifier.AtMost), ("不会超过", Qualifier.AtMost),
        ("不可超过", Qualifier.AtMost), ("不得高于", Qualifier.AtMost),
        ("about", Qualifier.Approximate), ("around", Qualifier.Approximate), ("nearly", Qualifier.Nearly),
        ("roughly", Qualifier.Approximate), ("approximately", Qualifier.Approximate), ("some", Qualifier.Approximate),
        ("almost", Qualifier.Nearly), ("close to", Qualifier.Nearly), ("circa", Qualifier.Approximate),
        ("an estimated", Qualifier.Approximate), ("estimated", Qualifier.Approximate), ("near", Qualifier.Approximate),
        ("more than", Qualifier.AtLeast), ("over", Qualifier.AtLeast), ("above", Qualifier.AtLeast),
        ("at least", Qualifier.AtLeast), ("upwards of", Qualifier.AtLeast), ("in excess of", Qualifier.AtLeast),
        ("just over", Qualifier.AtLeast), ("well over", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast),
        ("not less than", Qualifier.AtLeast), ("greater than", Qualifier.AtLeast),
        ("less than", Qualifier.AtMost), ("fewer than", Qualifier.AtMost), ("under", Qualifier.AtMost),
        ("below", Qualifier.AtMost), ("at most", Qualifier.AtMost), ("up to", Qualifier.AtMost),
        ("no more than", Qualifier.AtMost), ("not more than", Qualifier.AtMost), ("just under", Qualifier.AtMost),
        ("as much as", Qualifier.AtMost), ("as many as", Qualifier.AtMost),
        ("not exceed", Qualifier.AtMost), ("not to exceed", Qualifier.AtMost), ("not exceeding", Qualifier.AtMost),
    ]);

    // 高达 before a sum is its ceiling ("up to": 项目价值将高达85亿美元, 提供高达2亿美元的贷款); before a share it
    // only stresses the figure (控制高达90%), so money alone reads it as a bound.
    private static readonly PhraseSet<Qualifier?> BeforeMoney = new([("高达", Qualifier.AtMost)]);

    private static readonly PhraseSet<Qualifier?> After = new(
    [
        ("以上", Qualifier.AtLeast), ("有余", Qualifier.AtLeast),
        ("以下", Qualifier.AtMost), ("以内", Qualifier.AtMost),
        ("左右", Qualifier.Approximate), ("上下", Qualifier.Approximate), ("上下游", null),
        ("or more", Qualifier.AtLeast), ("or less", Qualifier.AtMost), ("or so", Qualifier.Approximate),
    ]);

    /// <summary>A qualifier ending just before <paramref name="start"/> (spaces between allowed), not before <paramref name="floor"/>.</summary>
    public static bool TryBefore(string text, int start, int floor, out Qualifier qualifier, out int qualifierStart) =>
        TryBefore(text, start, floor, money: false, out qualifier, out qualifierStart);

    /// <inheritdoc cref="TryBefore(string, int, int, out Qualifier, out int)"/>
    /// <param name="money">Whether the value is a sum of money, which 高达 bounds.</param>
    public static bool TryBefore(string text, int start, int floor, bool money, out Qualifier qualifier, out int qualifierStart)
    {
        var end = TextScan.SkipSpaceBack(text, start);
        var emphasis = TextScan.SkipEmphasisBack(text, end);
        if (emphasis < end)
        {
            // about **390,000 tonnes**: Markdown emphasis between the qualifier and the number.
            end = TextScan.SkipSpaceBack(text, emphasis);
        }
        if (Before.TryMatchBefore(text, end, out var found, out qualifierStart) && found is { } q && qualifierStart >= floor)
        {
            qualifier = q;
            return true;
        }
        if (money && BeforeMoney.TryMatchBefore(text, end, out var ceiling, out qualifierStart) && ceiling is { } bound && qualifierStart >= floor)
        {
            qualifier = bound;
            return true;
        }
        qualifier = Qualifier.Exact;
        qualifierStart = start;
        return false;
    }

    /// <summary>Qualifiers that may bound a share from a distance: 不足全球需求的5%, 超过总产量的90%.</summary>
    private static readonly PhraseSet<Qualifier> Distant = new(
    [
        ("不足", Qualifier.AtMost), ("不到", Qualifier.AtMost), ("低于", Qualifier.AtMost), ("少于", Qualifier.AtMost),
        ("超过", Qualifier.AtLeast), ("逾", Qualifier.AtLeast), ("高于", Qualifier.AtLeast), ("多于", Qualifier.AtLeast),
    ]);

    /// <summary>The longest stretch a distant qualifier may bound across (全球需求 in 不足全球需求的5%).</summary>
    private const int MaxDistance = 10;

    /// <summary>
    /// 不足全球需求的5%: a qualifier before a short run of Chinese ending in 的 right before the number,
    /// with no punctuation, number or other 的 between; not before <paramref name="floor"/>.
    /// </summary>
    public static bool TryDistant(string text, int start, int floor, out Qualifier qualifier)
    {
        qualifier = Qualifier.Exact;
        if (TextScan.At(text, start - 1) != '的')
        {
            return false;
        }
        var from = start - 1;
        while (from > floor && start - 1 - from < MaxDistance + 3 && TextScan.IsCjk(text[from - 1]) && text[from - 1] != '的')
        {
            from--;
        }
        for (var i = from; i < start - 1; i++)
        {
            if (Distant.TryMatch(text, i, out var found, out var end) && end < start - 1 && start - 1 - end <= MaxDistance)
            {
                qualifier = found;
                return true;
            }
        }
        return false;
    }

    /// <summary>A qualifier word starting at <paramref name="start"/> (约, 超过, about), and where it ends.</summary>
    public static bool TryAt(string text, int start, out Qualifier qualifier, out int end)
    {
        if (Before.TryMatch(text, start, out var found, out end) && found is { } q)
        {
            qualifier = q;
            return true;
        }
        qualifier = Qualifier.Exact;
        end = start;
        return false;
    }

    /// <summary>A qualifier right after <paramref name="end"/>: 95%以上, 10万吨左右, 90% or more.</summary>
    public static bool TryAfter(string text, int end, out Qualifier qualifier, out int qualifierEnd)
    {
        var at = TextScan.IsCjk(TextScan.At(text, end)) ? end : TextScan.SkipSpace(text, end);
        if (After.TryMatch(text, at, out var found, out qualifierEnd) && found is { } q)
        {
            qualifier = q;
            return true;
        }
        qualifier = Qualifier.Exact;
        qualifierEnd = end;
        return false;
    }
}
