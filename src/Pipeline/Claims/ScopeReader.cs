using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// What narrows a measure, from the value's own stretch of its clause (between the values beside
/// it): a scope word of the catalogue ("the EU's needs", 各自, combined), else the element or
/// material named nearest the value (中重稀土 99%, NdPr oxide, dysprosium), or an entity of a kind
/// the measure is narrowed by (the country a tariff is levied on: 对澳洲商品), unless it is the
/// subject, names the whole domain (rare earths), or is the measure's own word (magnets in a share
/// of magnet production). A clause with no value of its own before it names the sentence's topic
/// ("特别是中重稀土，99%的精炼能力由中国掌握", "For heavy rare earths, …") and narrows it too.
/// </summary>
internal static class ScopeReader
{
    public static string? Read(AttributeCatalog catalog, SentenceView sentence, ValuePlace place, AttributeDefinition measure, string subject)
    {
        var (valueStart, valueEnd) = (place.Start, place.End);
        var (segmentStart, segmentEnd) = sentence.SegmentOf(place);
        foreach (var scope in catalog.Scopes)
        {
            if (scope.Narrows(measure.Key) && Names(sentence, scope, measure, segmentStart, segmentEnd))
            {
                return scope.Key;
            }
        }
        if (place.Value.Kind == MentionKind.Date && HeadOf(sentence, measure, place) is { } head)
        {
            foreach (var scope in catalog.Scopes)
            {
                if (scope.Narrows(measure.Key) && Names(sentence, scope, measure, head.Start, head.End))
                {
                    return scope.Key;
                }
            }
        }
        if (place.ClauseEnd + 1 < sentence.Text.Length)
        {
            // "A$75 million for the facility, with Iluka contributing an equal amount": a clause after the value's,
            // with no value of its own, says whose part the value is.
            var (nextStart, nextEnd) = sentence.ClauseOf(place.ClauseEnd + 1, place.ClauseEnd + 1);
            foreach (var scope in catalog.Scopes)
            {
                if (scope.NextClause && scope.Narrows(measure.Key) && !sentence.HasValueBetween(nextStart, nextEnd)
                    && Names(sentence, scope, measure, nextStart, nextEnd))
                {
                    return scope.Key;
                }
            }
        }
        if (Nearest(catalog, sentence, measure, subject, segmentStart, segmentEnd, valueStart, valueEnd) is { } named)
        {
            return named;
        }
        if (place.Value.Kind is MentionKind.Date or MentionKind.Money && Partner(catalog, sentence, subject, valueStart, valueEnd) is { } partner)
        {
            return partner;
        }
        // A topic clause before the value's own: no value in it, only what the sentence is about.
        for (var breakAt = place.ClauseStart - 1; breakAt > 0;)
        {
            var (topicStart, topicEnd) = sentence.ClauseOf(breakAt - 1, breakAt - 1);
            breakAt = topicStart - 1;
            if (!sentence.HasValueBetween(topicStart, topicEnd) && Nearest(catalog, sentence, measure, subject, topicStart, topicEnd, valueStart, valueEnd) is { } topic)
            {
                return topic;
            }
        }
        // A company's money and dated acts are compared whether or not a source names the plant they are
        // for ("a $1.25bn loan for Iluka" against "a loan for Eneabba"); its plants' tonnages are not one figure.
        return place.Value.Kind == MentionKind.Quantity ? OwnedPlace(sentence, subject) : null;
    }

    /// <summary>"the Eneabba refinery's capacity" filed under Iluka: the owner's plant or mine the sentence names narrows the tonnage.</summary>
    private static string? OwnedPlace(SentenceView sentence, string subject)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.EntityKind == EntityKind.Place && mention.Owner == subject)
            {
                return mention.EntityId;
            }
        }
        return null;
    }

    /// <summary>What a table's header or caption names as narrowing its measure: a scope word, else an element or material.</summary>
    public static string? Named(AttributeCatalog catalog, SentenceView text, AttributeDefinition measure, string subject)
    {
        foreach (var scope in catalog.Scopes)
        {
            if (scope.Narrows(measure.Key) && text.Find(scope.Words).Length > 0)
            {
                return scope.Key;
            }
        }
        return Nearest(catalog, text, measure, subject, 0, text.Text.Length, 0, 0);
    }

    private static string? Nearest(
        AttributeCatalog catalog, SentenceView sentence, AttributeDefinition measure, string subject,
        int clauseStart, int clauseEnd, int valueStart, int valueEnd) =>
        NearestEntity(sentence, clauseStart, clauseEnd, valueStart, valueEnd, entity =>
            entity.EntityKind is { } kind && (kind is EntityKind.Element or EntityKind.Material || measure.NarrowedBy.Contains(kind))
            && entity.EntityId != subject && !catalog.GeneralEntities.Contains(entity.EntityId!)
            && !OverlapsCue(sentence, measure, entity.Start - sentence.Start, entity.End - sentence.Start));

    /// <summary>
    /// The other party of a dated event or a sum: the company or organisation the sentence names beside
    /// the subject ("Apple has agreed to buy … from MP Materials, the companies said on Tuesday"; "the
    /// Department of Defense will invest … in MP Materials, July 10"). MP's deal with Apple and its
    /// deal with the Pentagon are two deals, not compared. Offices that act for the subject's country
    /// are the subject, not a party; a joint subject has no other party.
    /// </summary>
    private static string? Partner(AttributeCatalog catalog, SentenceView sentence, string subject, int valueStart, int valueEnd) =>
        JointSubjects.IsJoint(subject) ? null
        : NearestEntity(sentence, 0, sentence.Text.Length, valueStart, valueEnd, entity =>
            entity.Verified && entity.EntityKind is EntityKind.Company or EntityKind.Organisation
            && entity.EntityId != subject && !catalog.Governments.ContainsKey(entity.EntityId!));

    /// <summary>The id of the entity in [from, to) nearest the value that <paramref name="accepts"/> takes.</summary>
    private static string? NearestEntity(SentenceView sentence, int from, int to, int valueStart, int valueEnd, Func<Mention, bool> accepts)
    {
        string? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var entity in sentence.Mentions)
        {
            var (start, end) = (entity.Start - sentence.Start, entity.End - sentence.Start);
            if (entity.Kind != MentionKind.Entity || entity.EntityId is not { } id || start < from || end > to || !accepts(entity))
            {
                continue;
            }
            var distance = end <= valueStart ? valueStart - end : Math.Max(0, start - valueEnd);
            if (distance < nearestDistance)
            {
                (nearest, nearestDistance) = (id, distance);
            }
        }
        return nearest;
    }

    /// <summary>
    /// The clause a date's clause says when of, where that is another clause:
    /// <list type="bullet">
    /// <item>an appositive ("the suspension, effective immediately and valid through …"): a clause
    /// opening with the measure's word dates the clause before it, when that one has no value;</item>
    /// <item>a clause of dates only before the verb (自即日起至2026年11月10日，…暂停实施; Chinese puts the
    /// time before subject and verb): it dates the sentence's last clause.</item>
    /// </list>
    /// </summary>
    private static (int Start, int End)? HeadOf(SentenceView sentence, AttributeDefinition measure, ValuePlace place)
    {
        var (clauseStart, clauseEnd) = (place.ClauseStart, place.ClauseEnd);
        if (clauseStart > 1 && OpensWithCue(sentence, measure, clauseStart))
        {
            var before = sentence.ClauseOf(clauseStart - 2, clauseStart - 2);
            return sentence.HasValueBetween(before.Start, before.End) ? null : before;
        }
        if (!sentence.IsEnglish && clauseEnd < sentence.Text.Length - 1 && IsOnlyDates(sentence, clauseStart, clauseEnd))
        {
            return sentence.ClauseOf(sentence.Text.Length - 1, sentence.Text.Length - 1);
        }
        return null;
    }

    private static bool OpensWithCue(SentenceView sentence, AttributeDefinition measure, int clauseStart)
    {
        var first = clauseStart;
        while (first < sentence.Text.Length && char.IsWhiteSpace(sentence.Text[first]))
        {
            first++;
        }
        foreach (var (start, _) in sentence.Find(measure.Cues))
        {
            if (start == first)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A clause of dates and the words that join them only: 自…起, 至, 到, 从.</summary>
    private static bool IsOnlyDates(SentenceView sentence, int from, int to)
    {
        var mentions = sentence.Mentions;
        for (var at = from; at < to; at++)
        {
            var inDate = mentions.Exists(m => m.Kind == MentionKind.Date && m.Start - sentence.Start <= at && at < m.End - sentence.Start);
            if (!inDate && !char.IsWhiteSpace(sentence.Text[at]) && "自从起至到".IndexOf(sentence.Text[at]) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A scope word in [from, to) that is not the measure's own word (需求 in a demand tonnage) nor
    /// written right after the value before ("$2 billion each towards a $6 billion pipeline": each is the two billion's).
    /// A scope made for some measures only names a kind of them even where its word is their cue too
    /// (暂停 takes effect as a suspension).
    /// </summary>
    private static bool Names(SentenceView sentence, ScopeDefinition scope, AttributeDefinition measure, int from, int to)
    {
        foreach (var (start, end) in sentence.Find(scope.Words))
        {
            if (start >= from && end <= to && (scope.Measures.Count > 0 || !OverlapsCue(sentence, measure, start, end))
                && !FollowsValue(sentence, from, start))
            {
                return true;
            }
        }
        return false;
    }

    private static bool FollowsValue(SentenceView sentence, int segmentStart, int wordStart) =>
        sentence.Text.AsSpan(segmentStart, wordStart - segmentStart).IsWhiteSpace() && sentence.HasValueEndingAt(segmentStart);

    private static bool OverlapsCue(SentenceView sentence, AttributeDefinition measure, int start, int end)
    {
        foreach (var (cueStart, cueEnd) in sentence.Find(measure.Cues))
        {
            if (cueStart < end && cueEnd > start)
            {
                return true;
            }
        }
        return false;
    }
}
