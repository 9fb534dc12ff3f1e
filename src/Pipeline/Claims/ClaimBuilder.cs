using Pipeline.Extraction;
using Pipeline.Extraction.Values;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Turns a document's mentions into claims, sentence by sentence. Each value becomes a claim when
/// the phrase around it says what it measures (<see cref="MeasureReader"/>) and whom it is about
/// (<see cref="SubjectReader"/>); its scope, modality and period come from the same clause
/// (<see cref="ScopeReader"/>, <see cref="ModalityReader"/>). A value whose phrase names no subject
/// makes no claim: a guess from elsewhere in the document misfiles more than it finds.
/// Tables are read cell by cell instead (<see cref="TableReader"/>).
/// </summary>
public sealed class ClaimBuilder(AttributeCatalog catalog)
{
    private readonly JointSubjects _joint = new(catalog.Governments, catalog.ShortNames);
    private readonly AttributeDefinition? _takesEffect = catalog.Find("takes-effect");
    private readonly AttributeDefinition? _endsOn = catalog.Find("ends-on");
    private readonly AttributeDefinition? _importReliance = catalog.Find(ImportReliance.Key);

    // A line longer than this is prose, not an item of the list above it.
    private const int MaxListItem = 120;

    // A date outside the value's clause counts as this much further away than one inside it.
    private const int OutOfClause = 1000;

    /// <param name="mentions">The document's mentions in text order, as <see cref="MentionExtractor"/> gives them.</param>
    /// <param name="documentDate">The date the document was written: the period of present-tense figures. Without one,
    /// the latest date the text names stands in for it.</param>
    /// <param name="normalized">The text normalized as the extractors read it, when at hand: each sentence is then cut
    /// from it rather than normalized again (normalizing maps character to character, so the two are the same).</param>
    public IReadOnlyList<Claim> Build(string text, string language, IReadOnlyList<Mention> mentions, DateOnly? documentDate = null,
        NormalizedText? normalized = null)
    {
        var sameLength = normalized is { Map.IsIdentity: true } && normalized.Text.Length == text.Length ? normalized.Text : null;
        var claims = new List<Claim>();
        if (!mentions.Any(m => m.Kind != MentionKind.Entity) && !ImmediateStart.MayBeIn(text))
        {
            return claims; // no value, no claim: the sentences need not be found
        }
        var tables = TextTable.FindAll(text);
        foreach (var table in tables)
        {
            claims.AddRange(TableReader.Read(catalog, text, language, table, mentions, documentDate));
        }
        // An undated page is taken as written when the latest date it mentions is: its "China mines 70%"
        // is then a recent figure, not one as old as the 1994 figure beside it.
        var written = documentDate;
        documentDate ??= LatestDateMentioned(mentions);
        // The latest announcement dated so far and who made it: what "effective immediately" and 自即日起 mean
        // (the latest, not the last: "suspends the measures announced on October 9" names an older one).
        (DateOnly Day, string Subject)? lastAnnounced = null;
        // Kept across paragraphs: news paragraphs are a sentence or two, and "Yet it still relies on…"
        // opening one speaks of the subject the paragraph before named.
        string? previousSubject = null;
        string? lastPair = null; // "the two governments" speaks of the pair named last
        string? lastCompany = null; // "the company", 该公司: the company named last
        SentenceView? heading = null;
        var firstInSentence = 0;
        // Filled again for each sentence; no sentence view outlives its sentence.
        var inSentence = new List<Mention>();
        var found = new FoundCues(); // and so is the cue cache of its views (the heading's is its own)
        var added = new List<int>(); // claims of money added to a facility ("a further $400 million"), by index
        var opensOnCompany = false;
        var namedInParagraph = new HashSet<string>(StringComparer.Ordinal); // countries, and states for theirs
        var previousEnd = 0;
        foreach (var (start, end) in SentenceSplitter.Split(text, language))
        {
            if (text.AsSpan(previousEnd, start - previousEnd).Contains('\n'))
            {
                namedInParagraph.Clear();
            }
            previousEnd = end;
            opensOnCompany = TopicContinuation.OpensOnCompany(text.AsSpan(start, end - start));
            if (end - start > MaxListItem)
            {
                heading = null; // a list ends where a line is prose again
            }
            if (InTable(tables, start))
            {
                (previousSubject, heading) = (null, null); // a row is no sentence; what follows the table is a new paragraph
                continue;
            }
            // Mentions come in text order and sentences too: walk on from the last sentence's first.
            while (firstInSentence < mentions.Count && mentions[firstInSentence].Start < start)
            {
                firstInSentence++;
            }
            inSentence.Clear();
            for (var i = firstInSentence; i < mentions.Count && mentions[i].Start < end; i++)
            {
                if (mentions[i].End <= end)
                {
                    inSentence.Add(mentions[i]);
                }
            }
            var immediate = ImmediateMention(text, start, end, language, inSentence);
            if (text[end - 1] is ':' or '：')
            {
                // "The top ten countries by reserves are as follows:": its items take their measure from it.
                heading = new SentenceView(NormalizedSentence(start, end), start, language, []);
                Remember(null);
                continue;
            }
            if (!inSentence.Any(m => m.Kind != MentionKind.Entity))
            {
                Remember(null);
                if (inSentence.Count > 1)
                {
                    lastPair = _joint.PairIn(new SentenceView(NormalizedSentence(start, end), start, language, inSentence, found))?.Subject ?? lastPair;
                }
                continue;
            }
            var sentence = text[start..end];
            var view = new SentenceView(NormalizedSentence(start, end), start, language, inSentence, found);
            if (SentenceSplitter.OpensListItem(text, start) && !SubjectReader.RefersBack(view))
            {
                // Each bullet of a summary starts its own topic: one that names no one and points back to
                // no one (its, 其, 该公司) is not about the subject of the bullet before.
                (previousSubject, lastCompany) = (null, null);
            }
            var context = new SentenceContext(
                heading, new Antecedents(previousSubject, lastCompany), _joint.PairIn(view), lastPair, documentDate, namedInParagraph);
            var first = claims.Count;
            foreach (var mention in inSentence)
            {
                if (mention.Kind == MentionKind.Entity)
                {
                    continue;
                }
                var (value, forced) = (mention, (AttributeDefinition?)null);
                string? announcer = null;
                if (ReferenceEquals(mention, immediate))
                {
                    if ((lastAnnounced?.Day ?? written) is not { } day)
                    {
                        continue; // no announcement dated and no dateline: the text does not say which day
                    }
                    (value, forced, announcer) = (mention with { Date = DateSpan.Day(day) }, _takesEffect, lastAnnounced?.Subject);
                }
                else if (immediate is not null && mention.Kind == MentionKind.Date
                    && ImmediateStart.EndsAt(view.Text, immediate.End - start, mention.Start - start))
                {
                    // 自即日起至2026年11月10日: in force until that day.
                    (forced, announcer) = (_endsOn, lastAnnounced?.Subject);
                }
                var sentenceSubject = claims.Count > first ? claims[^1].Subject : null;
                if (Read(view, value, context with { SentenceSubject = sentenceSubject }, sentence, end, out var adds, forced, announcer) is { } claim)
                {
                    if (adds)
                    {
                        added.Add(claims.Count);
                    }
                    claims.Add(claim);
                    if (claim is { Attribute: "announced-on", DateValue: { } announced } && announced.From == announced.To
                        && (lastAnnounced is null || announced.From >= lastAnnounced.Value.Day))
                    {
                        lastAnnounced = (announced.From, claim.Subject);
                    }
                }
            }
            lastPair = context.PairInSentence?.Subject ?? lastPair;
            Remember(claims.Count > first ? claims[^1].Subject : null);
        }
        foreach (var index in added)
        {
            claims[index] = AsFacilityAddedTo(claims, index);
        }
        return tables.Count == 0 ? claims : [.. claims.OrderBy(c => c.Start)];

        // What "it" and "the company" can mean in the sentences after this one: its last claim's
        // subject, else whom it names first; the last company it names.
        void Remember(string? claimed)
        {
            // "公司从澳大利亚获取原料": opening on "the company", the sentence is about the company named before, not Australia.
            var company = opensOnCompany ? lastCompany : null;
            previousSubject = claimed ?? company ?? FirstSubject(inSentence) ?? previousSubject;
            lastCompany = LastCompany(inSentence) ?? lastCompany;
            foreach (var mention in inSentence)
            {
                if (JointSubjects.CountryOf(mention) is { } country)
                {
                    namedInParagraph.Add(country);
                }
            }
        }

        string NormalizedSentence(int start, int end) =>
            sameLength?[start..end] ?? TextNormalizer.Default.NormalizeString(text[start..end]);
    }

    // A loop, not tables.Any(…): the lambda would capture start, a closure for every sentence.
    private static bool InTable(IReadOnlyList<TextTable> tables, int start)
    {
        foreach (var table in tables)
        {
            if (start >= table.Start && start < table.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What a sentence's claims read from around it: the list heading, the paragraph's subject, the pairs named.</summary>
    /// <remarks>A struct: one is made for every sentence with a value, and copied for each of its values.</remarks>
    private readonly record struct SentenceContext(
        SentenceView? Heading, Antecedents Antecedents, NamedPair? PairInSentence, string? LastPair, DateOnly? DocumentDate,
        IReadOnlySet<string> NamedInParagraph)
    {
        /// <summary>The subject of the sentence's claim before this one, if any.</summary>
        public string? SentenceSubject { get; init; }
    }

    /// <summary>
    /// "effective immediately", 自即日起 in the sentence as a date mention (its day set when it is read),
    /// put among the sentence's mentions in text order; null when the sentence has none.
    /// </summary>
    private static Mention? ImmediateMention(string text, int start, int end, string language, List<Mention> inSentence)
    {
        if (!ImmediateStart.MayBeIn(text.AsSpan(start, end - start)))
        {
            return null; // most sentences: no substring, no normalizing
        }
        var sentence = text[start..end];
        if (ImmediateStart.Find(TextNormalizer.Default.NormalizeString(sentence), language == "en") is not { } phrase)
        {
            return null;
        }
        var mention = new Mention(MentionKind.Date, start + phrase.Start, start + phrase.End, sentence[phrase.Start..phrase.End]);
        var at = inSentence.FindIndex(m => m.Start >= mention.Start);
        inSentence.Insert(at < 0 ? inSentence.Count : at, mention);
        return mention;
    }

    /// <param name="forced">The measure the construction itself names ("effective immediately", 自即日起至Y), read from no cue.</param>
    /// <param name="announcer">Who announced what takes effect "immediately": its subject when the phrase names none.</param>
    /// <param name="adds">Whether the figure is added to a facility given before ("a further $400 million").</param>
    private Claim? Read(SentenceView view, Mention value, SentenceContext context, string sentence, int sentenceEnd, out bool adds,
        AttributeDefinition? forced = null, string? announcer = null)
    {
        var place = view.Place(value);
        adds = false;
        // "98% of the EU's magnets come from China": the buyer's reliance on the source, whatever the goods are.
        var source = forced is null && _importReliance is not null ? ImportReliance.SourceOf(view, place, _importReliance) : null;
        var reliance = source is null ? null : _importReliance;
        if ((forced ?? reliance ?? MeasureReader.Read(catalog, view, place, context.Heading)) is not { } measure
            || (measure.Event && value.Date is { DatesOneEvent: false }))
        {
            return null;
        }
        adds = measure.Added is { } addedWords && MeasureReader.StandsBeside(view, addedWords, place, levelEnds: false);
        var named = reliance is not null
            ? ImportReliance.BuyerOf(view, place, source!, context.Antecedents.Subject, catalog.Governments)
            : SubjectReader.Read(view, place, measure, context.Antecedents, catalog.GeneralEntities, catalog.Governments) ?? announcer;
        if (reliance is not null && named is null)
        {
            return null; // the world's goods from a source: its production share, read elsewhere or not at all
        }
        if (measure.Key == EffectiveFrom.Key && forced is null && EffectiveFrom.Frames(view.Text, place.Start, place.End)
            && !NamedBefore(view, place.Start, named) && (named = ActorOpeningNextClause(view, place)) is null)
        {
            return null; // 而自12月1日起，企业无法获批: the clause names no one who acts, and the topic may be another's
        }
        // 商务部 announces for China: an event's date is the country's, whichever office gave it.
        var single = named is not null && measure.CountryActs && catalog.Governments.TryGetValue(named, out var country) ? country : named;
        if (((reliance is not null ? named : _joint.PairFor(view, place, single, context.PairInSentence, context.LastPair))
                ?? (single is null ? null : _joint.ActingForPair(view, place, single, context.PairInSentence?.Subject ?? context.LastPair, context.NamedInParagraph))
                ?? single
                // 两国将各自投入10亿美元，撬动总额达85亿美元的项目投资: a Chinese clause that opens on its verb goes on
                // with the subject of the sentence's claim before it.
                ?? (OpensOnVerb(view, place) ? context.SentenceSubject : null)) is not { } subject)
        {
            return null;
        }
        if (measure.Joint && !JointSubjects.IsJoint(subject) && _joint.CounterpartOf(view, subject) is { } counterpart)
        {
            subject = JointSubjects.Join(subject, counterpart);
        }
        var documentDate = context.DocumentDate;
        var period = value.Kind == MentionKind.Date ? null : PeriodOf(view, place);
        var modality = ModalityReader.Read(catalog.Modalities, view, place, period);
        if (modality == Modality.Target && value.Kind == MentionKind.Money)
        {
            // "计划共同投资30亿美元", "intend to invest $3 billion": a plan to spend is the pledge itself,
            // which another source calls committed: compared as one.
            modality = Modality.Actual;
        }
        var amount = value.Value is { } stated && modality == Modality.Cap ? AsUpperBound(stated) : value.Value;
        if (amount is not null && MeasureReader.IsNegative(view, measure, place))
        {
            amount = Negated(amount); // 每股亏损5美分: earnings of -0.05 a share; 出口量下降15%: a change of -15%
        }
        return new Claim(subject, measure.Key,
            value.Kind == MentionKind.Date ? null : amount,
            value.Kind == MentionKind.Date ? value.Date : null,
            period?.Date, value.Start, value.End, view.Start, sentenceEnd, sentence)
        {
            Scope = ScopeReader.Read(catalog, view, place, measure, subject),
            Modality = modality,
            AsOf = period is null && value.Kind != MentionKind.Date ? documentDate : null,
        };
    }

    /// <summary>Whether <paramref name="subject"/> (or an office acting for it) is named before <paramref name="before"/> in the sentence.</summary>
    private bool NamedBefore(SentenceView view, int before, string? subject) =>
        subject is not null && view.Mentions.Any(m => m.Kind == MentionKind.Entity && m.End - view.Start <= before && m.EntityId is { } id
            && (id == subject || catalog.Governments.GetValueOrDefault(id) == subject || catalog.Governments.GetValueOrDefault(subject) == id));

    /// <summary>自12月1日起，中国将…: the country or office that opens the clause after the date's.</summary>
    private static string? ActorOpeningNextClause(SentenceView view, ValuePlace place)
    {
        if (place.ClauseEnd >= view.Text.Length)
        {
            return null;
        }
        var (nextStart, _) = view.ClauseOf(place.ClauseEnd + 1, place.ClauseEnd + 1);
        var at = view.Text.Length - view.Text.AsSpan(nextStart).TrimStart().Length;
        return view.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Entity && m.Verified && m.Start - view.Start == at
            && m.EntityKind is EntityKind.Country or EntityKind.Organisation)?.EntityId;
    }

    // Words that open a Chinese clause on a subject of its own: 该炼油厂, 这些项目, 其产量.
    private static readonly string[] Demonstratives = ["该", "这", "此", "其", "那"];

    /// <summary>
    /// 两国将各自投入10亿美元，撬动总额达85亿美元的…: a later Chinese clause that opens on its verb, with no
    /// subject of its own (no name, no 该炼油厂) before the value.
    /// </summary>
    private static bool OpensOnVerb(SentenceView view, ValuePlace place)
    {
        if (view.IsEnglish || place.ClauseStart == 0
            || view.Mentions.Any(m => m.Kind == MentionKind.Entity && m.Start - view.Start >= place.ClauseStart && m.Start - view.Start < place.Start))
        {
            return false;
        }
        var clause = view.Text.AsSpan(place.ClauseStart).TrimStart();
        foreach (var word in Demonstratives)
        {
            if (clause.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "A $1.25 billion loan … Now a further $400 million for the project", "additional funding" before the
    /// loan facility it tops up is named: money added to a facility is more of it. The claim takes the measure
    /// of the same subject's nearest claim of a kind it can add to (loan, grant, equity), before it first,
    /// else after it; with none, it keeps its own.
    /// </summary>
    private Claim AsFacilityAddedTo(List<Claim> claims, int index)
    {
        var claim = claims[index];
        var kinds = catalog.Find(claim.Attribute)!.AddsTo;
        bool IsFacility(Claim other) => other.Subject == claim.Subject && kinds.Contains(other.Attribute);
        var facility = index > 0 ? claims.FindLastIndex(index - 1, IsFacility) : -1;
        if (facility < 0)
        {
            facility = claims.FindIndex(index + 1, IsFacility);
        }
        return facility < 0 ? claim : claim with { Attribute = claims[facility].Attribute };
    }

    /// <summary>The date the clause names for the figure (in 2024, 2025年上半年), else the nearest one before its clause.</summary>
    private static Mention? PeriodOf(SentenceView view, ValuePlace place)
    {
        var value = place.Value;
        var pairStart = view.FromToPairStart(value.Kind, place.Start);
        Mention? best = null;
        var bestScore = int.MaxValue;
        foreach (var mention in view.Mentions)
        {
            if (mention.Kind != MentionKind.Date || mention.Date is null || mention == value)
            {
                continue;
            }
            var (start, end) = (mention.Start - view.Start, mention.End - view.Start);
            if (start >= place.ClauseEnd)
            {
                continue; // a later clause's date is its own ("…, that MP plans to open in 2028")
            }
            if (view.IsEnglish && start >= pairStart && end <= place.Start)
            {
                // "from $63/kg in July to $88/kg by late August": July is the first figure's. Chinese
                // puts a figure's date before it (从1994年的3万吨增加到2024年的27万吨): the nearest one stays.
                continue;
            }
            if (value.Kind != MentionKind.Duration && IsSince(view.Text.AsSpan(0, start)))
            {
                continue; // 自4月初上涨两倍，达每公斤850美元, "up threefold since April": when a rise began, not when the price stood
            }
            var distance = Math.Max(0, Math.Max(value.Start - mention.End, mention.Start - value.End));
            var score = start >= place.ClauseStart && end <= place.ClauseEnd ? distance : distance + OutOfClause;
            if (score < bestScore)
            {
                (best, bestScore) = (mention, score);
            }
        }
        return best;
    }

    private static bool IsSince(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        return trimmed.EndsWith("自", StringComparison.Ordinal) || trimmed.EndsWith(" since", StringComparison.Ordinal)
            || trimmed.Equals("since", StringComparison.Ordinal);
    }

    /// <summary>不得超过65%, "must not hold more than 65%": the words say more than, the rule means at most.</summary>
    private static Measure AsUpperBound(Measure value) => value.Qualifier == Qualifier.AtLeast
        ? value with { Low = null, High = value.Low, Qualifier = Qualifier.AtMost }
        : value;

    private static Measure Negated(Measure value) => value with
    {
        Low = -value.High,
        High = -value.Low,
        Qualifier = value.Qualifier switch
        {
            Qualifier.AtLeast => Qualifier.AtMost,
            Qualifier.AtMost => Qualifier.AtLeast,
            var same => same,
        },
    };


    /// <summary>The end of the latest date the text names that is not in the future (a target year is no dateline).</summary>
    private static DateOnly? LatestDateMentioned(IReadOnlyList<Mention> mentions)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        DateOnly? latest = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Date && mention.Date is { } span && span.To <= today && (latest is null || span.To > latest))
            {
                latest = span.To;
            }
        }
        return latest;
    }

    private static string? LastCompany(List<Mention> mentions)
    {
        string? last = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Entity && mention.Verified && mention.EntityKind == EntityKind.Company)
            {
                last = mention.EntityId;
            }
        }
        return last;
    }

    /// <summary>Whom a sentence is about first: a country, company or organisation, or a capital or leader for its country ("Tokyo vowed").</summary>
    private string? FirstSubject(List<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Entity || !mention.Verified || mention.EntityId is not { } id)
            {
                continue;
            }
            if (mention.EntityKind is EntityKind.Country or EntityKind.Company or EntityKind.Organisation)
            {
                return id;
            }
            if (mention.EntityKind is EntityKind.Place or EntityKind.Person && catalog.Governments.TryGetValue(id, out var country))
            {
                return country;
            }
        }
        return null;
    }
}
