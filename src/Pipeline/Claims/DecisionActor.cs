using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// "X决定废止…，自2025年3月1日起恢复…", "X決定…，自…起", "the ministry decided to lift the ban, effective
/// March 1": the one who decided governs the clause that dates the decision's effect. A name inside
/// what was decided ("暂停美国X公司资质", "the ban on Japanese firms") is the decision's object, not its actor.
/// </summary>
internal static class DecisionActor
{
    // Normalized text is Simplified: 決定 reads 决定.
    private static readonly string[] ChineseVerbs = ["决定"];

    private static readonly string[] EnglishVerbs = ["decided to", "decided that", "decides to", "decide to"];

    // What may stand between the actor and the verb: "X has decided to", X已决定, X正式决定.
    private static readonly string[] EnglishAuxiliaries = ["", "has", "had", "have", "has now"];
    private static readonly string[] ChineseAdverbs = ["", "已", "已经", "正式", "日前", "近日"];

    // 自…起, 从…起 (Chinese); "effective", "with effect from" (English): a date from which the decision holds.
    private static readonly string[] ChineseStartsBefore = ["自", "从"];
    private static readonly string[] EnglishStartsBefore = ["effective", "effective from", "with effect from", "taking effect"];

    /// <summary>The mention that decided, when the value dates from when what it decided holds; else null.</summary>
    public static Mention? Of(SentenceView sentence, ValuePlace place)
    {
        if (place.Value.Kind != MentionKind.Date || !DatesAStart(sentence, place))
        {
            return null;
        }
        var text = sentence.Text;
        var (verb, verbs) = (-1, sentence.IsEnglish ? EnglishVerbs : ChineseVerbs);
        foreach (var word in verbs)
        {
            verb = Math.Max(verb, text.LastIndexOf(word, place.ClauseStart, StringComparison.Ordinal));
        }
        if (verb < 0)
        {
            return null;
        }
        Mention? actor = null;
        foreach (var mention in sentence.Mentions)
        {
            if (mention.End - sentence.Start > verb)
            {
                break;
            }
            actor = mention;
        }
        if (actor is not { Kind: MentionKind.Entity, Verified: true })
        {
            return null;
        }
        var gap = text.AsSpan(actor.End - sentence.Start, verb - (actor.End - sentence.Start)).Trim();
        foreach (var allowed in sentence.IsEnglish ? EnglishAuxiliaries : ChineseAdverbs)
        {
            if (gap.SequenceEqual(allowed))
            {
                return actor;
            }
        }
        return null;
    }

    private static bool DatesAStart(SentenceView sentence, ValuePlace place)
    {
        var before = sentence.Text.AsSpan(place.ClauseStart, place.Start - place.ClauseStart).Trim().TrimStart(",，").TrimStart();
        if (sentence.IsEnglish)
        {
            foreach (var words in EnglishStartsBefore)
            {
                if (before.Equals(words, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }
        // The date's mention may hold 自 and 起 itself, or stand between them.
        var date = sentence.Text.AsSpan(place.Start, place.End - place.Start);
        var opened = before.Length == 0 ? date : before;
        var closed = date.EndsWith("起") || sentence.Text.AsSpan(place.End).TrimStart().StartsWith("起");
        if (!closed)
        {
            return false;
        }
        foreach (var word in ChineseStartsBefore)
        {
            if (opened.StartsWith(word) && (before.Length == 0 || before.Length == word.Length))
            {
                return true;
            }
        }
        return false;
    }
}
