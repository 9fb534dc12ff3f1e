using Pipeline.Extraction;
using Pipeline.Extraction.Values;

namespace Pipeline.Claims;

/// <summary>
/// What a value measures, read from the phrase it stands in. Constructions covered:
/// <list type="bullet">
/// <item>a measure named right after the value: "N% of (global) M", "$N M" ($150M loan), "$N in M",
/// "N%的M" (全球N%的稀土精炼产能), "N吨M"; for an English count, the noun it counts ("1,200 patents");</item>
/// <item>else the measure nearest the value in its own clause: "X's share of M is N%", "M占比N%",
/// "X占全球M的N%", "X processes N%";</item>
/// <item>else, for a clause that names none (中国贡献27万吨，占比69%; 巴西以2100万吨位居第二，印度拥有690万吨),
/// the nearest measure before it in the sentence: a list's later items share its measure, unless a
/// veto word says otherwise (in "mine 10%, recycle 25%" the 25% is no mining share);</item>
/// <item>else, for an item of a list ("2. Brazil: 21 million metric tons"), the measure its heading
/// names ("The countries with the largest reserves are:");</item>
/// <item>a span of time set off in a clause of its own before the clause it modifies takes that
/// clause's measure (从2027年开始的五年里，将向该厂采购…).</item>
/// </list>
/// A measure that needs a word beside the value (a change: "jumped 12%", 同比增长8%) is read only
/// when one stands there; "rose to 40%" and 提升至80% state levels, not changes.
/// A rank written as a superlative (第四大, "fourth-largest") ranks the noun right after it: only a
/// measure attached after it counts ("第四大稀土蕴藏量", "second-largest producer"; "第三大石墨矿"
/// ranks a mine, no measure). A veto word in the value's clause, nearer than the measure or right
/// beside the value, says the figure is about something else (a cost, a growth rate): no claim.
/// </summary>
internal static class MeasureReader
{
    // A veto word this close to the value speaks for it even when a cue is closer still
    // ("the 40% processing benchmark", "jumped 40%").
    private const int VetoReach = 25;

    // Cues attached to the value after it ("of M", "的M", "$150M loan") weigh this much less than their distance.
    private const int AttachedBonus = 40;

    private const int ClauseBreakPenalty = 10;

    private static readonly HashSet<string> NotAttaching = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "while", "whereas", "which", "that", "as", "to", "is", "are", "was", "were", "has", "have", "had", "than",
    };

    public static AttributeDefinition? Read(AttributeCatalog catalog, SentenceView sentence, ValuePlace place, SentenceView? heading = null)
    {
        var value = place.Value;
        if ((value.Value is null && value.Date is null) || (value.Kind == MentionKind.Percentage && ModifiesAdjective(sentence, place.End))
            || (value.Kind == MentionKind.Date && IsDateline(sentence, place.Start)))
        {
            return null;
        }
        var (valueStart, valueEnd, clauseStart, clauseEnd) = (place.Start, place.End, place.ClauseStart, place.ClauseEnd);
        if (value.Kind == MentionKind.Date && !sentence.IsEnglish && PlannedStart.Frames(sentence.Text, valueStart, valueEnd)
            && catalog.Find(PlannedStartKey) is { } start)
        {
            return start; // 计划在2026年生产钐: the verb of making follows the date, and no cue word names it
        }
        AttributeDefinition? best = null;
        var (bestScore, bestDistance, bestCue) = (int.MaxValue, int.MaxValue, (Start: 0, End: 0));
        var bestInClause = false;
        var superlative = value.Kind == MentionKind.Rank && Ranks.IsSuperlative(sentence.Text.AsSpan(valueStart, valueEnd - valueStart));
        foreach (var attribute in catalog.AttributesOf(value.Kind))
        {
            if (attribute.Compares != (value.Value?.StatedUnit == ComparedMultiples.Stated)
                || (attribute.Needs is { } needs && !StandsBeside(sentence, needs, place, levelEnds: !attribute.NeedsThroughTo)))
            {
                continue;
            }
            foreach (var (cueStart, cueEnd) in sentence.Find(attribute.Cues))
            {
                // "1,200 patents", "seven letters of interest": an English count's span ends with the noun it counts.
                var counted = value.Kind == MentionKind.Count && cueStart > valueStart && cueStart < valueEnd;
                if (!counted && cueStart < valueEnd && cueEnd > valueStart)
                {
                    continue; // inside the value itself
                }
                if (superlative && (cueStart < valueEnd || !IsAttached(sentence, valueEnd, cueStart)))
                {
                    continue; // 第三大石墨矿: the superlative ranks the noun after it, whatever the clause says elsewhere
                }
                if (IsGivingVerb(sentence, cueStart, cueEnd, valueStart))
                {
                    continue; // "Australia grants A$400M to Iluka": the verb gives money of no kind it names
                }
                var inClause = counted || (cueStart >= clauseStart && cueEnd <= clauseEnd);
                int score;
                if (counted)
                {
                    score = 0;
                }
                else if (inClause)
                {
                    score = ScoreInClause(sentence, value.Kind, cueStart, cueEnd, valueStart, valueEnd, WindowOf(sentence, attribute));
                }
                else if (bestInClause)
                {
                    continue; // a measure out of the clause counts only if the clause names none
                }
                else if (cueEnd <= valueStart)
                {
                    score = ScoreAcross(sentence, cueEnd, sentence.FromToPairStart(value.Kind, valueStart), WindowOf(sentence, attribute));
                }
                else if (value.Kind == MentionKind.Duration && IsInNextClause(sentence, clauseEnd, cueStart, cueEnd))
                {
                    // 从2027年开始的五年里，将向该厂采购…: a span of time set off before its clause is that clause's.
                    score = ScoreAcross(sentence, valueEnd, cueStart, WindowOf(sentence, attribute));
                }
                else if (value.Kind == MentionKind.Date && IsInNextClause(sentence, clauseEnd, cueStart, cueEnd))
                {
                    // 20日在白宫举行峰会，双方签署…: a date's event may be named in the clause right after it.
                    score = cueStart - valueEnd + ClauseBreakPenalty;
                }
                else
                {
                    continue; // else only a measure before the value, in the sentence
                }
                if (score == int.MaxValue)
                {
                    continue;
                }
                // Of two joined measures that score alike, the first: "of the world's supply and processing" is supply's.
                // Of two after an English sum that score alike, the nearer: "$5m in funding for Iluka Resources" is funding
                // (a Chinese compound's head comes last: 投资意向书 is letters of intent).
                var distance = cueEnd <= valueStart ? valueStart - cueEnd : cueStart - valueEnd;
                if ((inClause && !bestInClause) || score < bestScore
                    || (score == bestScore && distance < bestDistance
                        && (AreJoined(sentence, (cueStart, cueEnd), bestCue)
                            || (sentence.IsEnglish && value.Kind == MentionKind.Money && cueStart >= valueEnd && bestCue.Start >= valueEnd))))
                {
                    (best, bestScore, bestDistance, bestCue, bestInClause) = (attribute, score, distance, (cueStart, cueEnd), inClause);
                }
            }
        }
        if (best is null or { Key: AnnouncedKey } && value.Date is { } day && day.From == day.To && !sentence.IsEnglish
            && EffectiveFrom.Frames(sentence.Text, valueStart, valueEnd) && catalog.Find(EffectiveFrom.Key) is { } effect)
        {
            return effect; // 自12月1日起(对镓实施出口管制): the day the measure holds from, not the day it was announced
        }
        if (best is null && heading is not null)
        {
            return FromHeading(catalog, heading, value.Kind);
        }
        if (best is not null && Vetoed(sentence, best, valueStart, valueEnd, clauseStart, clauseEnd, bestScore))
        {
            best = HeadOfVetoed(catalog, sentence, place, best, bestCue, bestScore);
        }
        if (best is null
            || (!bestInClause && (CountsVetoedThing(sentence, best, bestCue.End, place) || NamesTonnageBetween(catalog, sentence, bestCue, place)))
            || (value.Kind == MentionKind.Percentage && ComesFromSource(sentence, bestCue, valueEnd)))
        {
            return null;
        }
        return best;
    }

    private const string PlannedStartKey = "starts-production";

    private const string AnnouncedKey = "announced-on";

    private static readonly string[] DatelineLabels = ["published", "updated", "posted", "发布时间", "发布日期", "更新时间", "发稿时间"];

    /// <summary>
    /// "Published: 2025-10-22", 发布时间：2025年10月22日: a label and a colon before a date make it the
    /// page's own dateline (the document's date, read apart), not the date of an event the text reports.
    /// </summary>
    private static bool IsDateline(SentenceView sentence, int valueStart)
    {
        var before = sentence.Text.AsSpan(0, valueStart).TrimEnd();
        if (before.Length == 0 || (before[^1] != ':' && before[^1] != '：'))
        {
            return false;
        }
        before = before[..^1].TrimEnd();
        foreach (var label in DatelineLabels)
        {
            if (before.EndsWith(label, StringComparison.OrdinalIgnoreCase)
                && (before.Length == label.Length || !char.IsAsciiLetter(before[^(label.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    private static int WindowOf(SentenceView sentence, AttributeDefinition attribute) =>
        sentence.IsEnglish ? attribute.Window * 3 / 2 : attribute.Window;

    /// <summary>
    /// "a 100% vertically-integrated supply chain", "100% domestically sourced": a percentage before an
    /// adverb and the adjective it qualifies says how thoroughly, and is a share of nothing.
    /// </summary>
    private static bool ModifiesAdjective(SentenceView sentence, int valueEnd)
    {
        if (!sentence.IsEnglish)
        {
            return false;
        }
        var text = sentence.Text.AsSpan(valueEnd);
        var rest = text.TrimStart();
        var adverbEnd = rest.IndexOfAny(' ', '-');
        if (adverbEnd < 3 || rest.Length == text.Length || !rest[..adverbEnd].EndsWith("ly"))
        {
            return false;
        }
        var next = rest[(adverbEnd + 1)..];
        var wordEnd = next.IndexOfAny(' ', ',', '.');
        var adjective = wordEnd < 0 ? next : next[..wordEnd];
        return adjective.Length > 2 && (adjective.EndsWith("ed") || adjective.Contains('-'));
    }

    /// <summary>
    /// Whether a clause with no measure of its own continues a count of something vetoed, named after
    /// the measure taken from before it: in 在稀土永磁领域申请专利1300件，占全球40% the 40% is a share of
    /// the patents counted, not of magnets. The count must be a value of another kind than this one,
    /// so 产量增长10%，占全球12% keeps its output share.
    /// </summary>
    private static bool CountsVetoedThing(SentenceView sentence, AttributeDefinition measure, int cueEnd, ValuePlace place)
    {
        foreach (var (start, end) in sentence.Find(measure.Vetoes))
        {
            if (start < cueEnd || end > place.ClauseStart)
            {
                continue;
            }
            foreach (var mention in sentence.Mentions)
            {
                var (mentionStart, mentionEnd) = (mention.Start - sentence.Start, mention.End - sentence.Start);
                if (mention.Kind != MentionKind.Entity && mention.Kind != place.Value.Kind && mentionStart >= end && mentionEnd <= place.ClauseStart)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Whether, after the clause of the measure taken from before, a clause names a tonnage measure
    /// (demand, capacity): a share that follows is a share of that tonnage, not of the earlier measure,
    /// and no share measure names it. The share's own clause may
    /// name it (产能达每年1500吨，占全球需求约12%: a share of world demand, not of separation), or a
    /// clause with no figure before it (中国储量仅占全球三分之一，真正稀的是产能，中国控制90%: what is
    /// scarce is capacity, and the 90% is a share of it, not of reserves). Chinese and English alike.
    /// </summary>
    private static bool NamesTonnageBetween(AttributeCatalog catalog, SentenceView sentence, (int Start, int End) cue, ValuePlace place)
    {
        if (place.Value.Kind != MentionKind.Percentage)
        {
            return false;
        }
        if (NamesTonnage(catalog, sentence, place, place.ClauseStart, place.ClauseEnd))
        {
            return true;
        }
        var (_, clauseEnd) = sentence.ClauseOf(cue.Start, cue.End);
        while (clauseEnd + 1 < place.ClauseStart)
        {
            var (start, end) = sentence.ClauseOf(clauseEnd + 1, clauseEnd + 1);
            if (end > place.ClauseStart || end <= clauseEnd)
            {
                return false;
            }
            if (!sentence.HasValueBetween(start, end) && NamesTonnage(catalog, sentence, place, start, end))
            {
                return true;
            }
            clauseEnd = end;
        }
        return false;
    }

    private static bool NamesTonnage(AttributeCatalog catalog, SentenceView sentence, ValuePlace place, int start, int end)
    {
        foreach (var attribute in catalog.AttributesOf(MentionKind.Quantity))
        {
            foreach (var (cueStart, cueEnd) in sentence.Find(attribute.Cues))
            {
                if (cueStart >= start && cueEnd <= end && (cueEnd <= place.Start || cueStart >= place.End))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] SourceWords = ["来自", " come from", " comes from", " came from", " are sourced from", " is sourced from"];

    /// <summary>
    /// "98% of its magnets come from China", 98%的稀土磁铁来自中国: the share of a buyer's goods that a
    /// source supplies, named right after the goods. It is the buyer's reliance, not the source's share
    /// of world production, and the goods word must not be read as a production share.
    /// </summary>
    private static bool ComesFromSource(SentenceView sentence, (int Start, int End) cue, int valueEnd)
    {
        if (cue.Start < valueEnd)
        {
            return false;
        }
        var after = sentence.Text.AsSpan(cue.End);
        foreach (var word in SourceWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The measure a list's heading or a table's header names last ("the largest REE reserves are as follows:").</summary>
    internal static AttributeDefinition? FromHeading(AttributeCatalog catalog, SentenceView heading, MentionKind kind)
    {
        AttributeDefinition? best = null;
        var bestEnd = -1;
        foreach (var attribute in catalog.AttributesOf(kind))
        {
            foreach (var (_, end) in heading.Find(attribute.Cues))
            {
                if (end > bestEnd)
                {
                    (best, bestEnd) = (attribute, end);
                }
            }
        }
        return best;
    }

    private static int ScoreInClause(SentenceView sentence, MentionKind kind, int cueStart, int cueEnd, int valueStart, int valueEnd, int window)
    {
        if (cueEnd <= valueStart)
        {
            var gap = sentence.FromToPairStart(kind, valueStart) - cueEnd;
            return gap > window ? int.MaxValue : gap > 0 && IsTotalWord(sentence.Text.AsSpan(cueEnd, gap)) ? 0 : gap;
        }
        // "A$400 million ($257 million) in funding", 4亿澳元（约2.57亿美元）的贷款: the bracketed conversion restates
        // the value, so the measure after it is attached to both.
        valueEnd = sentence.AfterRestatement(valueEnd, kind);
        var after = cueStart - valueEnd;
        if (after > window)
        {
            return int.MaxValue;
        }
        // A measure after the value belongs to it unless another value of its kind stands between.
        if (sentence.HasValueBetween(valueEnd, cueStart, kind))
        {
            return int.MaxValue;
        }
        var attached = IsAttached(sentence, valueEnd, cueStart);
        if (!attached && kind == MentionKind.Duration && IsForSpan(sentence, valueStart))
        {
            return int.MaxValue; // "a minimum price … for ten years and a pledge to buy": "for N years" speaks of what came before
        }
        return attached ? Math.Max(0, after - AttachedBonus) : after;
    }

    // 撬动总额达85亿美元, 融资共计20亿: "a total of" between a measure and its value belongs to the value.
    private static readonly string[] TotalWords = ["总额", "总计", "共计", "合计"];

    private static bool IsTotalWord(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        foreach (var word in TotalWords)
        {
            if (gap.StartsWith(word, StringComparison.Ordinal) && gap.Length - word.Length <= 1
                && (gap.Length == word.Length || gap[^1] is '达' or '为' or '约'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The distance between a cue and a value in other clauses, each clause break between counting extra.</summary>
    private static int ScoreAcross(SentenceView sentence, int from, int to, int window)
    {
        var gap = to - from;
        if (gap > window)
        {
            return int.MaxValue;
        }
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            if (sentence.IsBreak(i))
            {
                breaks++;
            }
        }
        return gap + (ClauseBreakPenalty * breaks);
    }

    private static bool IsForSpan(SentenceView sentence, int valueStart)
    {
        var before = sentence.Text.AsSpan(0, valueStart).TrimEnd();
        return sentence.IsEnglish && (before.EndsWith(" for") || before.SequenceEqual("for"));
    }

    private static bool IsInNextClause(SentenceView sentence, int clauseEnd, int cueStart, int cueEnd)
    {
        if (clauseEnd >= sentence.Text.Length)
        {
            return false;
        }
        var (nextStart, nextEnd) = sentence.ClauseOf(clauseEnd + 1, clauseEnd + 1);
        return cueStart >= nextStart && cueEnd <= nextEnd;
    }

    /// <summary>
    /// Whether one of <paramref name="words"/> stands beside the value in its clause: ending at most
    /// <see cref="VetoReach"/> characters before it with no other value between ("jumped nearly
    /// 12%", 同比增长8%, 涨幅为3.2%), or attached right after it ("a 40% jump", 27%的增长).
    /// With <paramref name="levelEnds"/>, a word followed by to/至/到 before the value states a level,
    /// not a change ("rose to 40%", 提升至80%), and so does a value after from/从 ("from 85%").
    /// </summary>
    internal static bool StandsBeside(SentenceView sentence, CueSet words, ValuePlace place, bool levelEnds) =>
        NearestBeside(sentence, words, place, levelEnds) is not null;

    /// <summary>
    /// Whether the figure is negative: one of the measure's negative words beside it (每股亏损5美分);
    /// for a change, when the word of change nearest the value is one of them (出口量下降15%).
    /// </summary>
    internal static bool IsNegative(SentenceView sentence, AttributeDefinition measure, ValuePlace place)
    {
        if (measure.Negatives is not { } negatives)
        {
            return false;
        }
        if (measure.Needs is not { } needs)
        {
            return StandsBeside(sentence, negatives, place, levelEnds: false);
        }
        if (NearestBeside(sentence, needs, place, levelEnds: true) is not { } change)
        {
            return false;
        }
        foreach (var (start, end) in sentence.Find(negatives))
        {
            if (start < change.End && change.Start < end)
            {
                return true;
            }
        }
        return false;
    }

    private static (int Start, int End)? NearestBeside(SentenceView sentence, CueSet words, ValuePlace place, bool levelEnds)
    {
        var (valueStart, valueEnd, clauseStart, clauseEnd) = (place.Start, place.End, place.ClauseStart, place.ClauseEnd);
        if (levelEnds && IsStartingLevel(sentence, place))
        {
            return null; // 从2020年的约60%升至…, "from 85% to 91%": the level before the change
        }
        (int Start, int End)? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var (start, end) in sentence.Find(words))
        {
            if (start < clauseStart || end > clauseEnd)
            {
                continue;
            }
            int distance;
            if (start < valueEnd && end > valueStart)
            {
                if (!IsChangeAsMultiple(place) || start < valueStart || end > valueEnd)
                {
                    continue;
                }
                distance = 0; // 翻倍, doubled: a change written as a multiple is its own word of change
            }
            else if (end <= valueStart)
            {
                distance = valueStart - end;
                if (distance > VetoReach || sentence.HasValueBetween(end, valueStart)
                    || (levelEnds && IsLevel(sentence, sentence.Text.AsSpan(end, valueStart - end))))
                {
                    continue;
                }
            }
            else if (sentence.AfterRestatement(valueEnd, place.Value.Kind) is var attachedEnd && start >= attachedEnd && IsAttached(sentence, attachedEnd, start))
            {
                distance = start - valueEnd;
            }
            else
            {
                continue;
            }
            // Of two words that overlap (涨 in 上涨), the longer; else the nearer.
            if (distance < nearestDistance || (distance == nearestDistance && nearest is { } other && end - start > other.End - other.Start))
            {
                (nearest, nearestDistance) = ((start, end), distance);
            }
        }
        return nearest;
    }

    private static bool IsChangeAsMultiple(ValuePlace place) => place.Value.Value?.StatedUnit == ChangeMultiples.Stated;

    /// <summary>"from N%", 从…N%: the value is where a change started, with no value of its kind between.</summary>
    private static bool IsStartingLevel(SentenceView sentence, ValuePlace place)
    {
        var from = Math.Max(place.ClauseStart, place.Start - VetoReach);
        var before = sentence.Text.AsSpan(from, place.Start - from);
        var at = sentence.IsEnglish ? before.LastIndexOf("from ") : before.LastIndexOf('从');
        if (at < 0 || (sentence.IsEnglish && at > 0 && char.IsAsciiLetter(before[at - 1])))
        {
            return false;
        }
        return !sentence.HasValueBetween(from + at, place.Start, place.Value.Kind);
    }

    private static bool IsLevel(SentenceView sentence, ReadOnlySpan<char> gap)
    {
        if (!sentence.IsEnglish)
        {
            return gap.IndexOfAny("至到从") >= 0;
        }
        foreach (var range in gap.Split(' '))
        {
            if (gap[range] is "to" or "from")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "90% of global refining", "$400M in equity", "$150M loan", "90%的精炼产能": the words after the
    /// value start with of/in/的 or the measure follows within two words.
    /// </summary>
    private static bool IsAttached(SentenceView sentence, int valueEnd, int cueStart)
    {
        var gap = sentence.Text.AsSpan(valueEnd, cueStart - valueEnd).Trim();
        if (gap.Length == 0)
        {
            return true;
        }
        if (sentence.IsEnglish)
        {
            if (gap.StartsWith("of ") || gap.StartsWith("in ") || gap.SequenceEqual("of") || gap.SequenceEqual("in"))
            {
                return true;
            }
            if (gap.Count(' ') > 1 || gap.Length > 20)
            {
                return false;
            }
            foreach (var range in gap.Split(' '))
            {
                if (NotAttaching.Contains(gap[range].ToString()))
                {
                    return false; // "44 million tonnes and produced": the next clause's verb, not the value's noun
                }
            }
            return true;
        }
        // 储量占全球48.9%、稀土产量占比70%: a list mark or conjunction starts the next item's words.
        return gap.IndexOfAny(ChineseListMarks) < 0 && (gap[0] == '的' || gap.Length <= 4);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivingVerbs =
        new HashSet<string>(StringComparer.Ordinal) { "grants", "granted", "awards", "awarded" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"grants A$400M", "granted up to $5 million": a verb of giving right before the amount, which names no kind of money.</summary>
    private static bool IsGivingVerb(SentenceView sentence, int cueStart, int cueEnd, int valueStart) =>
        sentence.IsEnglish && cueEnd <= valueStart && sentence.Text.AsSpan(cueEnd, valueStart - cueEnd).IsWhiteSpace()
        && GivingVerbs.Contains(sentence.Text.AsSpan(cueStart, cueEnd - cueStart));

    /// <summary>Two cues joined by "and", "or", 和, 及 or 、: two measures named side by side, not one compound (价格保底收购).</summary>
    private static bool AreJoined(SentenceView sentence, (int Start, int End) one, (int Start, int End) other)
    {
        var (first, second) = one.Start < other.Start ? (one, other) : (other, one);
        if (second.Start < first.End)
        {
            return false;
        }
        var gap = sentence.Text.AsSpan(first.End, second.Start - first.End).Trim();
        return gap is "and" or "or" or "as well as" || (gap.Length == 1 && ChineseListMarks.Contains(gap[0]));
    }

    private static readonly System.Buffers.SearchValues<char> ChineseListMarks = System.Buffers.SearchValues.Create("、和及与并或");

    /// <summary>
    /// 释放高达50亿美元的总投资: when the compound a vetoed measure is named by (总投资, the cost of a project)
    /// ends on the word of another measure (投资, investment: a Chinese compound's head comes last) that the
    /// veto leaves, that one is meant.
    /// </summary>
    private static AttributeDefinition? HeadOfVetoed(
        AttributeCatalog catalog, SentenceView sentence, ValuePlace place, AttributeDefinition vetoed, (int Start, int End) cue, int score)
    {
        foreach (var attribute in catalog.AttributesOf(place.Value.Kind))
        {
            if (attribute == vetoed
                || (attribute.Needs is { } needs && !StandsBeside(sentence, needs, place, levelEnds: !attribute.NeedsThroughTo))
                || Vetoed(sentence, attribute, place.Start, place.End, place.ClauseStart, place.ClauseEnd, score))
            {
                continue;
            }
            if (EndsInside(sentence.Find(attribute.Cues), cue))
            {
                return attribute;
            }
        }
        return null;
    }

    /// <summary>Whether one of the cues is the tail of <paramref name="compound"/>: starts inside it and ends where it ends.</summary>
    private static bool EndsInside(ReadOnlySpan<(int Start, int End)> cues, (int Start, int End) compound)
    {
        foreach (var (start, end) in cues)
        {
            if (start > compound.Start && end == compound.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a word of change before the value, then to/至/到 right before it, makes the value the level
    /// reached (降至55%, 从85%下降到55%, "fell from 85% to 55%"), not a change. The level it started from stays
    /// vetoed: undated, it is no figure of the document's date.
    /// </summary>
    private static bool StatesLevel(SentenceView sentence, int wordStart, int wordEnd, int valueStart)
    {
        if (wordEnd > valueStart)
        {
            return false;
        }
        var lead = sentence.Text.AsSpan(wordStart, valueStart - wordStart).TrimEnd();
        return lead.Length > 0 && (sentence.IsEnglish ? lead.EndsWith(" to") : lead[^1] is '至' or '到');
    }

    private static bool Vetoed(SentenceView sentence, AttributeDefinition attribute, int valueStart, int valueEnd, int clauseStart, int clauseEnd, int cueScore)
    {
        foreach (var (start, end) in sentence.Find(attribute.Vetoes))
        {
            if (start < clauseStart || end > clauseEnd || (start < valueEnd && end > valueStart))
            {
                continue; // another clause's word, or a qualifier inside the value ("above 90%")
            }
            if (StatesLevel(sentence, start, end, valueStart))
            {
                continue; // 依赖度从85%降至55%, "fell from 85% to 55%": the level the measure reached, not a change
            }
            var distance = end <= valueStart ? valueStart - end : Math.Max(0, start - valueEnd);
            if (distance < Math.Max(cueScore, VetoReach))
            {
                return true;
            }
        }
        return false;
    }
}
