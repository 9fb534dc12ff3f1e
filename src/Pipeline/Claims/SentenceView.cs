using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// One sentence as the claim readers see it: its normalized text (Simplified, lower case, same
/// length as the original), its clauses, its mentions, and the cue words found in it so far.
/// Offsets are relative to the sentence unless a name says otherwise.
/// </summary>
internal sealed class SentenceView
{
    private readonly FoundCues _found;

    /// <param name="found">A cache of cue words to reuse (its earlier sentence's findings are dropped, and the view
    /// that used it is searched no more); without one, the view makes its own.</param>
    public SentenceView(string normalized, int start, string language, List<Mention> mentions, FoundCues? found = null)
    {
        Text = normalized;
        Start = start;
        IsEnglish = language == "en";
        Mentions = mentions;
        _found = found ?? new FoundCues();
        _found.Reset(normalized);
    }

    public string Text { get; }

    /// <summary>Where the sentence starts in the document.</summary>
    public int Start { get; }

    public bool IsEnglish { get; }

    /// <summary>The sentence's mentions, entities and values, in text order (document offsets).</summary>
    public List<Mention> Mentions { get; }

    /// <summary>Every occurrence of a set's words in the sentence, found once per sentence.</summary>
    public ReadOnlySpan<(int Start, int End)> Find(CueSet words) => _found.Find(words);

    public bool Contains(CueSet words, int from, int to)
    {
        foreach (var (start, end) in Find(words))
        {
            if (start >= from && end <= to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the sentence opens with one of the words (尽管…, Although …).</summary>
    public bool BeginsWith(CueSet words)
    {
        foreach (var (start, _) in Find(words))
        {
            if (start == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where a value mention stands in this sentence: its span and its clause.</summary>
    public ValuePlace Place(Mention value)
    {
        var (start, end) = (value.Start - Start, value.End - Start);
        var (clauseStart, clauseEnd) = ClauseOf(start, end);
        return new ValuePlace(value, start, end, clauseStart, clauseEnd);
    }

    /// <summary>
    /// The clause around [start, end): the stretch between the nearest clause breaks (，,;；:：
    /// and brackets' edges are not breaks). A comma between digits (270,000) is no break.
    /// </summary>
    public (int Start, int End) ClauseOf(int start, int end)
    {
        var from = start;
        while (from > 0 && !IsBreak(from - 1))
        {
            from--;
        }
        var to = end;
        while (to < Text.Length && !IsBreak(to))
        {
            to++;
        }
        return (from, to);
    }

    public bool IsBreak(int at)
    {
        var c = Text[at];
        if (c is ',' && at > 0 && at + 1 < Text.Length && char.IsAsciiDigit(Text[at - 1]) && char.IsAsciiDigit(Text[at + 1]))
        {
            return false;
        }
        return c is ',' or ';' or '，' or '；' or ':' or '：' or '。' or '!' or '?' or '！' or '？' || (c == '—' && IsEnglish);
    }

    /// <summary>
    /// The value's own stretch of its clause: from the value before it to the value after it (in
    /// 占全球90%的精炼产能和80%的中重稀土储量, 中重稀土 narrows the 80% only). Where a list mark
    /// (、, 和, "and") stands between two values, the words after it belong to the next item:
    /// in 加工百分之九十、永磁体制造百分之九十三, 永磁体 is not the 90%'s.
    /// </summary>
    public (int Start, int End) SegmentOf(ValuePlace place)
    {
        var (start, end, from, to) = (place.Start, place.End, place.ClauseStart, place.ClauseEnd);
        var restated = AfterRestatement(end, place.Value.Kind);
        bool before = false, after = false;
        foreach (var mention in Mentions)
        {
            if (mention.Kind == MentionKind.Entity || (mention.Start - Start >= end && mention.End - Start < restated))
            {
                continue; // "A$400 million ($257 million) in funding": the bracketed conversion is the value's own
            }
            var (mentionStart, mentionEnd) = (mention.Start - Start, mention.End - Start);
            if (mentionEnd <= start && mentionEnd > from)
            {
                (from, before) = (mentionEnd, true);
            }
            else if (mentionStart >= end && mentionStart < to)
            {
                (to, after) = (mentionStart, true);
            }
        }
        if (before && LastListMark(from, start) is { } itemStart)
        {
            from = itemStart;
        }
        if (after && FirstListMark(end, to) is { } itemEnd)
        {
            to = itemEnd;
        }
        return (from, to);
    }

    private static readonly string[] ListMarks = ["、", "和", "及", " and ", " as well as "];

    private int? FirstListMark(int from, int to)
    {
        int? first = null;
        foreach (var mark in ListMarks)
        {
            var at = Text.AsSpan(from, to - from).IndexOf(mark, StringComparison.Ordinal);
            if (at >= 0 && (first is null || from + at < first))
            {
                first = from + at;
            }
        }
        return first;
    }

    private int? LastListMark(int from, int to)
    {
        int? last = null;
        foreach (var mark in ListMarks)
        {
            var at = Text.AsSpan(from, to - from).LastIndexOf(mark, StringComparison.Ordinal);
            if (at >= 0 && (last is null || from + at + mark.Length > last))
            {
                last = from + at + mark.Length;
            }
        }
        return last;
    }

    /// <summary>The index in <see cref="Mentions"/> of the first mention starting at or after <paramref name="offset"/> (sentence-relative).</summary>
    public int FirstMentionFrom(int offset)
    {
        var (low, high) = (0, Mentions.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Mentions[middle].Start - Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Whether a value mention ends at <paramref name="at"/>.</summary>
    public bool HasValueEndingAt(int at)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Kind != MentionKind.Entity && mention.End - Start == at)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where a from–to pair of figures starts: the second figure of "from about $63/kg in July to
    /// roughly $88/kg" or 从每吨40万元升至60万元 is as far from its measure as the first one is, and
    /// the dates between the two are the first one's. Else <paramref name="valueStart"/>.
    /// </summary>
    // How far apart the two figures of "from A to B" may stand ("from about $63/kg in July to roughly $88/kg").
    private const int FromToReach = 30;

    public int FromToPairStart(MentionKind kind, int valueStart)
    {
        foreach (var mention in Mentions)
        {
            var (start, end) = (mention.Start - Start, mention.End - Start);
            if (end > valueStart)
            {
                break;
            }
            if (mention.Kind == kind && valueStart - end <= FromToReach && IsFromTo(Text.AsSpan(end, valueStart - end)))
            {
                return start;
            }
        }
        return valueStart;
    }

    private static bool IsFromTo(ReadOnlySpan<char> between) =>
        between.Contains(" to ", StringComparison.Ordinal) || between.EndsWith(" to", StringComparison.Ordinal)
        || between.Contains('至') || between.Contains('到');

    /// <summary>Whether a value mention (of <paramref name="kind"/>, when given) lies inside [from, to).</summary>
    /// <summary>
    /// Past a bracket right after a value that holds one value of its kind and nothing more than a few words
    /// ("A$400 million ($257 million)", 4亿澳元（约合2.57亿美元）): the same figure in another currency or unit.
    /// Else <paramref name="valueEnd"/>.
    /// </summary>
    public int AfterRestatement(int valueEnd, MentionKind kind)
    {
        var open = valueEnd;
        while (open < Text.Length && Text[open] == ' ')
        {
            open++;
        }
        if (open >= Text.Length || Text[open] is not ('(' or '（'))
        {
            return valueEnd;
        }
        var close = Text.AsSpan(open, Math.Min(MaxRestatement, Text.Length - open)).IndexOfAny(')', '）');
        if (close < 0)
        {
            return valueEnd;
        }
        close += open;
        var values = 0;
        foreach (var mention in Mentions)
        {
            if (mention.Kind != MentionKind.Entity && mention.Start - Start > open && mention.End - Start <= close)
            {
                values += mention.Kind == kind ? 1 : 2; // another kind of value makes the bracket something else
            }
        }
        return values == 1 ? close + 1 : valueEnd;
    }

    // The longest bracket read as a restatement: a figure and a word or two (约合, "about").
    private const int MaxRestatement = 30;

    public bool HasValueBetween(int from, int to, MentionKind? kind = null)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Kind != MentionKind.Entity && (kind is null || mention.Kind == kind)
                && mention.Start - Start >= from && mention.End - Start <= to)
            {
                return true;
            }
        }
        return false;
    }
}
