using Pipeline.Extraction;
using Pipeline.Extraction.Values;

namespace Pipeline.Claims;

/// <summary>
/// What a value measures, read from the phrase it stands in. Constructions covered:
/// <list type="bullet">
/// <item>a measure named right after the value: "N% of (global) M", "$N M" ($150M loan), "$N in M",
/// "N%的M" (全球N%的稀土精炼产能), "N吨M";</item>
/// <item>else the measure nearest the value in its own clause: "X's share of M is N%", "M占比N%",
/// "X占全球M的N%", "X processes N%";</item>
/// <item>else, for a clause that names none (中国贡献27万吨，占比69%; 巴西以2100万吨位居第二，印度拥有690万吨),
/// the nearest measure before it in the sentence: a list's later items share its measure, unless a
/// veto word says otherwise (in "mine 10%, recycle 25%" the 25% is no mining share);</item>
/// <item>else, for an item of a list ("2. Brazil: 21 million metric tons"), the measure its heading
/// names ("The countries with the largest reserves are:").</item>
/// </list>
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
        if (value.Value is null && value.Date is null)
        {
            return null;
        }
        var (valueStart, valueEnd, clauseStart, clauseEnd) = (place.Start, place.End, place.ClauseStart, place.ClauseEnd);
        AttributeDefinition? best = null;
        var (bestScore, bestDistance, bestCue) = (int.MaxValue, int.MaxValue, (Start: 0, End: 0));
        var bestInClause = false;
        var superlative = value.Kind == MentionKind.Rank && Ranks.IsSuperlative(sentence.Text.AsSpan(valueStart, valueEnd - valueStart));
        foreach (var attribute in catalog.Attributes)
        {
            if (attribute.ValueKind != value.Kind)
            {
                continue;
            }
            foreach (var (cueStart, cueEnd) in sentence.Find(attribute.Cues))
            {
                if (cueStart < valueEnd && cueEnd > valueStart)
                {
                    continue; // inside the value itself
                }
                if (superlative && (cueStart < valueEnd || !IsAttached(sentence, valueEnd, cueStart)))
                {
                    continue; // 第三大石墨矿: the superlative ranks the noun after it, whatever the clause says elsewhere
                }
                var inClause = cueStart >= clauseStart && cueEnd <= clauseEnd;
                int score;
                if (inClause)
                {
                    score = ScoreInClause(sentence, value.Kind, cueStart, cueEnd, valueStart, valueEnd, attribute.Window);
                }
                else if (bestInClause)
                {
                    continue; // a measure out of the clause counts only if the clause names none
                }
                else if (cueEnd > valueStart)
                {
                    // 20日在白宫举行峰会，双方签署…: a date's event may be named in the clause right after it.
                    if (value.Kind != MentionKind.Date || !InNextClause(sentence, place, cueStart))
                    {
                        continue;
                    }
                    score = cueStart - valueEnd + ClauseBreakPenalty;
                }
                else
                {
                    score = ScoreBefore(sentence, cueEnd, valueStart, attribute.Window);
                }
                if (score == int.MaxValue)
                {
                    continue;
                }
                // Of two joined measures that score alike, the first: "of the world's supply and processing" is supply's.
                var distance = cueEnd <= valueStart ? valueStart - cueEnd : cueStart - valueEnd;
                if ((inClause && !bestInClause) || score < bestScore
                    || (score == bestScore && distance < bestDistance && AreJoined(sentence, (cueStart, cueEnd), bestCue)))
                {
                    (best, bestScore, bestDistance, bestCue, bestInClause) = (attribute, score, distance, (cueStart, cueEnd), inClause);
                }
            }
        }
        if (best is null && heading is not null)
        {
            return FromHeading(catalog, heading, value.Kind);
        }
        if (best is null || Vetoed(sentence, best, valueStart, valueEnd, clauseStart, clauseEnd, bestScore))
        {
            return null;
        }
        return best;
    }

    /// <summary>The measure a list's heading or a table's header names last ("the largest REE reserves are as follows:").</summary>
    internal static AttributeDefinition? FromHeading(AttributeCatalog catalog, SentenceView heading, MentionKind kind)
    {
        AttributeDefinition? best = null;
        var bestEnd = -1;
        foreach (var attribute in catalog.Attributes)
        {
            if (attribute.ValueKind != kind)
            {
                continue;
            }
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
            var gap = valueStart - cueEnd;
            return gap > window ? int.MaxValue : gap;
        }
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
        return IsAttached(sentence, valueEnd, cueStart) ? Math.Max(0, after - AttachedBonus) : after;
    }

    private static bool InNextClause(SentenceView sentence, ValuePlace place, int at) =>
        place.ClauseEnd < sentence.Text.Length && at > place.ClauseEnd && at < sentence.ClauseOf(place.ClauseEnd + 1, place.ClauseEnd + 1).End;

    private static int ScoreBefore(SentenceView sentence, int cueEnd, int valueStart, int window)
    {
        var gap = valueStart - cueEnd;
        if (gap > window)
        {
            return int.MaxValue;
        }
        var breaks = 0;
        for (var i = cueEnd; i < valueStart; i++)
        {
            if (sentence.IsBreak(i))
            {
                breaks++;
            }
        }
        return gap + (ClauseBreakPenalty * breaks);
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

    private static bool Vetoed(SentenceView sentence, AttributeDefinition attribute, int valueStart, int valueEnd, int clauseStart, int clauseEnd, int cueScore)
    {
        foreach (var (start, end) in sentence.Find(attribute.Vetoes))
        {
            if (start < clauseStart || end > clauseEnd || (start < valueEnd && end > valueStart))
            {
                continue; // another clause's word, or a qualifier inside the value ("above 90%")
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
