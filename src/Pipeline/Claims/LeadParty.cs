using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// Two companies joined as the subject of one verb: "Vulcan and ReElement will build a plant of
/// 5,000 tonnes", 甲公司与乙公司将建设年产5000吨的工厂, 甲公司和乙公司, 甲公司及乙公司. The figure is the
/// first-named company's, the lead party's, not the nearer one's. Countries joined this way are a
/// pair instead (<see cref="JointSubjects"/>).
/// </summary>
internal static class LeadParty
{
    // Normalized text is Simplified: 與 reads 与.
    private static readonly string[] Coordinators = ["and", "&", "与", "和", "及", "以及"];

    // "ReElement's plant", 乙公司的工厂: the second name owns a noun, and the two are not one subject.
    private static readonly string[] Possessives = ["'s", "’s", "'", "’", "的"];

    /// <summary>The company named first when <paramref name="second"/> is the second of two joined companies; else null.</summary>
    public static Mention? Before(SentenceView sentence, Mention second)
    {
        if (second.EntityKind != EntityKind.Company)
        {
            return null;
        }
        var index = IndexOf(sentence, second);
        if (index <= 0 || sentence.Mentions[index - 1] is not { Kind: MentionKind.Entity, EntityKind: EntityKind.Company, Verified: true } first
            || first.EntityId == second.EntityId)
        {
            return null;
        }
        var text = sentence.Text;
        var gap = text.AsSpan(first.End - sentence.Start, second.Start - first.End).Trim();
        var after = text.AsSpan(second.End - sentence.Start).TrimStart();
        foreach (var possessive in Possessives)
        {
            if (after.StartsWith(possessive, StringComparison.Ordinal))
            {
                return null;
            }
        }
        foreach (var word in Coordinators)
        {
            if (gap.SequenceEqual(word))
            {
                return first;
            }
        }
        return null;
    }

    private static int IndexOf(SentenceView sentence, Mention mention)
    {
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            if (sentence.Mentions[i].Start == mention.Start && sentence.Mentions[i].End == mention.End)
            {
                return i;
            }
        }
        return -1;
    }
}
