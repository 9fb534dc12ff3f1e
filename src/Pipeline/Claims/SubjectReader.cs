using System.Buffers;
using System.Collections.Frozen;
using Pipeline.Extraction;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Whom a value is about: the entity the phrase names, never merely the most frequent one.
/// In order:
/// <list type="number">
/// <item>for a rank, the name it modifies right after it: "3. Australia" in a ranked list, "储量第二的巴西";</item>
/// <item>a name right before the value, in a list or table: "China 70%", "巴西(2,100万吨)", "越南(19%)";</item>
/// <item>a name after the value that the phrase makes its holder: "N% of M is in / comes from /
/// is controlled by X", "全球N%的M由X掌握 / 集中在X / 来自X";</item>
/// <item>the nearest name before the value that is not the object of a preposition: "X accounts
/// for N%", "X's share is N%", "X占全球N%", but not "of China's NdPr", "reliance on China",
/// "对中国的依赖", "中国以外", "超过美国"; for money and capacity, the first subject kind of the measure in the
/// sentence, the value's clause first (the company that gets the money, before the office that pays it);</item>
/// <item>for the date of a deal or of money an office gives, the company it is made with or given to
/// ("a loan for X", "a deal with X", 向X提供, 与X达成协议), before the office that acts: the office is the other party;</item>
/// <item>"it", "its", "the company", 其, 该公司 ("the announcement", 该公告 for a dated act): the subject of the paragraph's previous sentence;</item>
/// <item>"global", "world", 全球, 世界 for world totals (world output, world reserves).</item>
/// <item>Before all these, a date from which a decision holds is its decider's (<see cref="DecisionActor"/>); after
/// them, the first of two companies joined as one subject stands for both (<see cref="LeadParty"/>).</item>
/// </list>
/// Otherwise there is no subject, and no claim.
/// </summary>
internal static class SubjectReader
{
    public const string World = "world";

    // A name outside the value's clause counts as this much further away.
    private const int OutOfClause = 1000;

    private static readonly FrozenSet<string> EnglishPrepositions = new[]
    {
        "of", "on", "in", "at", "for", "from", "to", "with", "against", "than", "into", "toward", "towards", "about", "over",
        "between", "among", "like", "unlike", "versus", "vs", "outside", "beyond", "except", "excluding", "besides",
        "without", "across", "throughout", "upon", "via", "including",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly SearchValues<char> ChinesePrepositions = SearchValues.Create("对向从自与给比较除替跟同");

    private static readonly string[] ChineseAfterObject = ["以外", "之外"];

    // A name before these modifies the noun after them: 中国最大的稀土企业, 美国首座分离厂 are a firm and a plant.
    private static readonly string[] ChineseModifying = ["唯一", "最大", "首个", "首座", "首家", "最早"];

    // Verbs of trade whose object is the goods' country: 进口美国原木, 出口日本.
    private static readonly string[] ChineseTradeVerbs = ["进口", "出口", "采购", "购买", "输往", "运往"];

    // Verbs of comparison whose object is the one compared with: 超过美国, 仅次于中国.
    private static readonly string[] ChineseComparedWith = ["超过", "超越", "次于", "领先", "不及", "不如", "远超", "高于", "低于", "落后于"];

    private static readonly string[] EnglishHolders =
    [
        "is in", "are in", "was in", "were in", "lies in", "lie in", "located in", "concentrated in", "comes from", "come from",
        "came from", "sourced from", "imported from", "controlled by", "held by", "produced by", "mined by", "refined by",
        "processed by", "made by", "produced in", "mined in", "refined in", "processed in", "made in", "controlled in",
        "done in", "carried out in", "takes place in", "based in", "found in",
    ];

    private static readonly string[] ChineseHolders = ["由", "集中在", "集中于", "来自", "源自", "在", "于"];

    // 这是 ("this is"): 艾班尼斯形容这是一条N的管道 speaks of what the sentence before told of.
    private static readonly CueSet Anaphors = Words(
        ["其", "该公司", "该国", "它", "该集团", "公司", "这是"],
        ["it", "its", "the company", "the firm", "the country", "they", "their", "the group"]);

    // "The plant", 工厂 with no owner named: the plant of the company spoken of (工厂自2012年起运营).
    private static readonly CueSet CompanyAnaphors = Words(
        ["该公司", "其产品", "工厂", "该厂", "该工厂"], ["the company", "the company's", "the firm", "the firm's", "the plant", "the facility"]);

    // "China declared a pause. The announcement came on November 7": the act the sentence before told of, dated.
    private static readonly CueSet EventAnaphors = Words(["该公告", "此举", "该决定"], ["the announcement", "the move", "the decision"]);

    private static readonly CueSet WorldWords = Words(["全球", "世界"], ["global", "globally", "world", "worldwide"]);

    private static readonly CueSet Concessions = Words(["尽管", "虽然", "虽"], ["although", "though", "while", "despite"]);

    private static CueSet Words(string[] chinese, string[] english) => new(chinese, english, TextNormalizer.Default.NormalizeString);

    /// <param name="general">Names of the whole domain (rare earths): never a subject, since a figure about "rare earths" names nobody.</param>
    /// <param name="governments">Offices and heads of government: subjects of the dates their country's acts bear.</param>
    /// <param name="antecedents">Whom "it" and "the company" can mean: the last subject, the last company named.</param>
    public static string? Read(
        SentenceView sentence, ValuePlace place, AttributeDefinition attribute, Antecedents antecedents, IReadOnlySet<string> general,
        IReadOnlyDictionary<string, string> governments)
    {
        var previous = antecedents.Subject;
        var (valueStart, valueEnd, clauseStart, clauseEnd) = (place.Start, place.End, place.ClauseStart, place.ClauseEnd);
        Mention? ranked = null, adjacent = null, holder = null, preceding = null, byKind = null, counterparty = null;
        var (precedingDistance, kindRank, kindDistance) = (int.MaxValue, int.MaxValue, int.MaxValue);
        var giverNamed = false;
        // "The Alcoa-Sojitz Gallium Project will receive $200 million from the Australian government": paid to a
        // project, not to a company, the money is the giver's (the project is its scope), and so is money for the
        // project's plant ("the Arafura Nolans project").
        var toProject = attribute.PreferKind && attribute.ValueKind == MentionKind.Money && NamesProject(sentence);
        if (DecisionActor.Of(sentence, place) is { } decider && IsCandidate(decider, attribute, general, governments))
        {
            return decider.EntityId; // 海关总署决定…，自3月1日起恢复…: the date is the decider's, whoever its decision names
        }
        foreach (var mention in sentence.Mentions)
        {
            var entity = AsOwner(mention, attribute);
            var (start, end) = (entity.Start - sentence.Start, entity.End - sentence.Start);
            if (!IsCandidate(entity, attribute, general, governments) || IsDateline(sentence, entity, end)
                || InBracketedList(sentence, start, end) || (IsComparedWith(sentence, start) && !(end <= valueStart && IsListLabel(sentence, end, valueStart)))
                || (attribute.Compares && IsComparisonBase(sentence, start, end, valueStart))
                || (toProject && (IsInProjectName(sentence, entity, end) || !ReferenceEquals(entity, mention))))
            {
                // 马来西亚政府延长运营许可至2026年: a government that could never hold the licence still names who gives it.
                giverNamed |= attribute.PreferKind && entity.Kind == MentionKind.Entity && !IsCandidate(entity, attribute, general, governments)
                    && IsPayer(sentence, entity, start, end, place.Value.Kind == MentionKind.Money);
                continue;
            }
            if (attribute.Event && counterparty is null && start >= clauseStart && end <= clauseEnd && IsCounterparty(sentence, entity, start))
            {
                counterparty = entity;
            }
            var pays = attribute.PreferKind && IsPayer(sentence, entity, start, end, place.Value.Kind == MentionKind.Money);
            if (pays)
            {
                // 国防部提供的3亿美元贷款, "a loan from the DoD": the office pays; the money is not its own.
                giverNamed = true;
                if (attribute.ValueKind == MentionKind.Money && !toProject)
                {
                    continue;
                }
            }
            if (end <= valueStart)
            {
                if (IsListLabel(sentence, end, valueStart))
                {
                    adjacent = entity;
                }
                if (!IsObject(sentence, start, end) && valueStart - end < precedingDistance)
                {
                    (preceding, precedingDistance) = (entity, valueStart - end);
                }
            }
            else if (start >= valueEnd && end <= clauseEnd && holder is null
                && (IsHolder(sentence, valueEnd, start) || (place.Value.Kind == MentionKind.Date && IsActor(sentence, valueEnd, start, end))))
            {
                holder = entity;
            }
            else if (place.Value.Kind == MentionKind.Rank && ranked is null && IsRanked(sentence, valueEnd, start))
            {
                ranked = entity;
            }
            if (attribute.PreferKind && (!pays || toProject) && !(start >= clauseEnd && place.Value.Kind is MentionKind.Money or MentionKind.Quantity))
            {
                // A name after the value's clause is another clause's: "…达到2000吨产能。中国稀土产业…" (a span
                // set off before its clause is that clause's, and so is its subject: 从2026年开始的五年里，日本将向莱纳斯采购).
                // Money goes to whom it is "in", "to" or "for": no preposition rules a name out here.
                var rank = IndexOf(attribute.SubjectKinds, entity.EntityKind!.Value);
                var inClause = start >= clauseStart && end <= clauseEnd;
                var distance = (end <= valueStart ? valueStart - end : start - valueEnd) + (inClause ? 0 : OutOfClause);
                if (place.Value.Kind != MentionKind.Money && IsObject(sentence, start, end))
                {
                    distance += OutOfClause; // 将向ReElement采购, "buy from ReElement": the other party, after a buyer of the same kind
                }
                if (rank < kindRank || (rank == kindRank && distance < kindDistance))
                {
                    (byKind, kindRank, kindDistance) = (entity, rank, distance);
                }
            }
        }
        if (attribute.PreferKind && kindRank > 0 && !toProject && (antecedents.Company ?? previous) is { } paragraphs && attribute.SubjectKinds[0] == EntityKind.Company
            && (giverNamed || sentence.Contains(CompanyAnaphors, 0, sentence.Text.Length)))
        {
            // "a floor of $110 per pound for the company's NdPr oxide", "the DoD will acquire a 15% stake in the
            // company", "OSC提供的6.2亿美元贷款": the company named last, before a material or the one who pays.
            return paragraphs;
        }
        if (!attribute.PreferKind && (preceding is null || preceding.End - sentence.Start <= clauseStart)
            && (sentence.Contains(CompanyAnaphors, clauseStart, valueStart) || sentence.Text.AsSpan(clauseStart).TrimStart().StartsWith("公司"))
            && (NearestCompanyBefore(sentence, clauseStart) ?? antecedents.Company) is { } company)
        {
            // "The Pentagon will invest in MP Materials, the company said on July 10", "公司计划6月投产": the company named last
            return company;
        }
        var chosen = attribute.PreferKind ? byKind ?? adjacent ?? holder ?? preceding : ranked ?? adjacent ?? holder ?? preceding;
        if (counterparty is not null && chosen?.EntityKind is null or EntityKind.Organisation or EntityKind.Country or EntityKind.Person
            && (sentence.Contains(Dealings, clauseStart, clauseEnd) || sentence.HasValueBetween(clauseStart, clauseEnd, MentionKind.Money)))
        {
            // "a loan for Iluka announced in March", "the Pentagon's deal with MP agreed in July", 国防部周日宣布向MP提供贷款,
            // 7月与MP达成协议: an office's deal with a company, or money it gives one, is dated under the company.
            return counterparty.EntityId;
        }
        if (chosen is not null && chosen.End - sentence.Start <= valueStart && LeadParty.Before(sentence, chosen) is { } lead
            && IsCandidate(lead, attribute, general, governments) && !IsObject(sentence, lead.Start - sentence.Start, lead.End - sentence.Start))
        {
            return lead.EntityId; // "Vulcan and ReElement will build…": the lead party's figure, not the nearer name's
        }
        if (chosen is not null)
        {
            return chosen.EntityId;
        }
        if (attribute.PreferKind && place.Value.Kind == MentionKind.Money && previous is not null && previous == antecedents.Company)
        {
            // "The refinery carries a $1.7bn price tag", "construction costs rose to A$1.8bn" after a sentence about
            // Iluka: a sum whose sentence names nobody is the business of the company the paragraph is about.
            return previous;
        }
        if (previous is not null && (sentence.Contains(Anaphors, clauseStart, valueStart)
            || (IsActsDateOrTerm(attribute, place.Value.Kind) && sentence.Contains(EventAnaphors, clauseStart, valueStart))))
        {
            return previous;
        }
        if (sentence.BeginsWith(Concessions) && FirstAfter(sentence, valueEnd, attribute, general, governments) is { } main)
        {
            return main; // 尽管储量仅占全球30%，但中国控制着…: the main clause names whom the concession is about
        }
        if (place.Value.Kind == MentionKind.Date && OpensSentence(sentence, valueStart)
            && FirstAfter(sentence, valueEnd, attribute, general, governments) is { } actor)
        {
            return actor; // "On 20 October, Albanese signed…", 10月20日澳大利亚总理访美: a date that opens the sentence, then who acted
        }
        if (attribute.WorldSubject && sentence.Contains(WorldWords, clauseStart, valueStart))
        {
            return World;
        }
        if (!sentence.IsEnglish && previous is not null && place.Value.Kind != MentionKind.Date && OpensWithDate(sentence)
            && !sentence.Mentions.Any(m => m.Start - sentence.Start < clauseEnd && IsCandidate(m, attribute, general, governments)))
        {
            // 中国政府巩固了主导权。2024年开采指标为27万吨: a Chinese sentence that opens on its time and
            // names no one up to the value's clause keeps the topic of the one before (the subject is
            // dropped, not unknown).
            return previous;
        }
        if (antecedents.Company is { } talkedOf && (previous == talkedOf || IsMakersMeasure(attribute))
            && attribute.SubjectKinds.Contains(EntityKind.Company)
            && (TopicContinuation.OpensOnTopicNoun(sentence) || TopicContinuation.OpensOnMeasure(sentence, attribute))
            && !NamesCandidateBefore(sentence, clauseEnd, attribute, general, governments))
        {
            // 莱纳斯扩建了生产线。工厂自2015年起运营 / 成本比中国高20%, "Lynas expanded. The plant produced 8 t":
            // the plant's, the product's or the dropped subject's figure is the company's the text is about.
            // A product's measure (纯度达99.95%) is its maker's even after a sentence about its price.
            return talkedOf;
        }
        return null;
    }

    /// <summary>A measure of what a company makes, read for its maker first (purity, a price floor): its company is never a mere topic.</summary>
    private static bool IsMakersMeasure(AttributeDefinition attribute) =>
        attribute.PreferKind && attribute.SubjectKinds.Count > 0 && attribute.SubjectKinds[0] == EntityKind.Company;

    /// <summary>
    /// "The announcement came on November 7", "the decision to pause the controls for twelve months": an act
    /// the sentence before told of has a date and a term, both its actor's.
    /// </summary>
    private static bool IsActsDateOrTerm(AttributeDefinition attribute, MentionKind kind) =>
        (attribute.Event && kind == MentionKind.Date) || kind == MentionKind.Duration;

    /// <summary>Whether a name that could be the subject (no preposition's or comparison's object) stands before <paramref name="before"/>.</summary>
    private static bool NamesCandidateBefore(
        SentenceView sentence, int before, AttributeDefinition attribute, IReadOnlySet<string> general, IReadOnlyDictionary<string, string> governments)
    {
        foreach (var mention in sentence.Mentions)
        {
            var (start, end) = (mention.Start - sentence.Start, mention.End - sentence.Start);
            if (end <= before && IsCandidate(mention, attribute, general, governments) && !IsObject(sentence, start, end) && !IsComparedWith(sentence, start))
            {
                return true;
            }
        }
        return false;
    }

    // Words that point back, unlike a bare noun (公司, 产品) which a new bullet may mean anew.
    private static readonly CueSet Pointers = Words(
        ["其", "该公司", "该国", "该集团", "该厂", "该工厂", "该矿", "该项目", "它"],
        ["it", "its", "the company", "the company's", "the firm", "the firm's", "they", "their"]);

    /// <summary>"its", 其, "the company", 该公司: whether the sentence points back to a subject named before.</summary>
    public static bool RefersBack(SentenceView sentence) => sentence.Find(Pointers).Length > 0;

    /// <summary>
    /// "$1bn for Eneabba", 埃尼巴炼油厂获得贷款 (English, Chinese): a plant or mine that has an owner stands
    /// for its owner where a company holds the measure before a place does (money, capacity); a mine's
    /// output or ore grade stays the mine's.
    /// </summary>
    private static Mention AsOwner(Mention entity, AttributeDefinition attribute) =>
        entity is { EntityKind: EntityKind.Place, Owner: { } owner } && attribute.PreferKind
        && IndexOf(attribute.SubjectKinds, EntityKind.Company) < IndexOf(attribute.SubjectKinds, EntityKind.Place)
            ? entity with { EntityId = owner, EntityKind = EntityKind.Company }
            : entity;

    private static bool OpensWithDate(SentenceView sentence) =>
        sentence.Mentions.Count > 0 && sentence.Mentions[0] is { Kind: MentionKind.Date } first && first.Start - sentence.Start <= 1;

    private static string? NearestCompanyBefore(SentenceView sentence, int before)
    {
        string? nearest = null;
        foreach (var mention in sentence.Mentions)
        {
            if (mention.End - sentence.Start > before)
            {
                break;
            }
            if (mention.Kind == MentionKind.Entity && mention.Verified && mention.EntityKind == EntityKind.Company)
            {
                nearest = mention.EntityId;
            }
        }
        return nearest;
    }

    /// <summary>"BEIJING, Nov 7 —", "TOKYO—": the city a report was filed from, not its capital's government.</summary>
    private static bool IsDateline(SentenceView sentence, Mention entity, int end) =>
        entity.EntityKind == EntityKind.Place && entity.Start == sentence.Start && end < sentence.Text.Length && sentence.Text[end] is ',' or '—' or '-' or '–';

    /// <summary>
    /// Whether nothing but "on", "in", 于, 在 or a dateline's place ("WASHINGTON, Nov. 3, 2025 —")
    /// stands before the value in its sentence.
    /// </summary>
    private static bool OpensSentence(SentenceView sentence, int valueStart)
    {
        var before = sentence.Text.AsSpan(0, valueStart).Trim().TrimEnd(",，—–-").TrimEnd();
        // 而昨天，商务部…: a conjunction that links the sentence to the one before opens it as nothing would.
        if (before.Length == 0 || before is "on" or "in" or "于" or "在" or "而" or "但" or "此外" or "另外" or "同时")
        {
            return true;
        }
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Kind == MentionKind.Entity && mention.EntityKind == EntityKind.Place
                && mention.Start == sentence.Start && mention.End - sentence.Start == before.Length)
            {
                return true; // the dateline's city is where the news was filed, not who acted
            }
        }
        return false;
    }

    private static string? FirstAfter(
        SentenceView sentence, int valueEnd, AttributeDefinition attribute, IReadOnlySet<string> general, IReadOnlyDictionary<string, string> governments)
    {
        foreach (var entity in sentence.Mentions)
        {
            var (start, end) = (entity.Start - sentence.Start, entity.End - sentence.Start);
            if (start >= valueEnd && IsCandidate(entity, attribute, general, governments) && !IsObject(sentence, start, end))
            {
                return entity.EntityId;
            }
        }
        return null;
    }

    private static bool IsCandidate(Mention entity, AttributeDefinition attribute, IReadOnlySet<string> general, IReadOnlyDictionary<string, string> governments) =>
        entity.Kind == MentionKind.Entity && entity.EntityId is { } id && entity.Verified && !general.Contains(id)
        && entity.EntityKind is { } kind && (attribute.SubjectKinds.Contains(kind) || (attribute.CountryActs && governments.ContainsKey(id)));

    /// <summary>
    /// An office or a country named as the one that pays: "from"/"by" before it ("a loan from the
    /// Pentagon") or a paying verb after it ("the Pentagon provided", "the Australian Government has committed
    /// to delivering" a sum, 办公室（OSC）提供的3亿美元贷款, 能源部将拨款1亿美元), unless 为/向/给 make it the one given to. A company that pays keeps its
    /// money (the equity a company puts into its own project is its own).
    /// </summary>
    private static bool IsPayer(SentenceView sentence, Mention entity, int start, int end, bool money)
    {
        if (entity.EntityKind is not (EntityKind.Organisation or EntityKind.Country))
        {
            return false;
        }
        var text = sentence.Text;
        if (sentence.IsEnglish)
        {
            var before = text.AsSpan(0, start).TrimEnd();
            if (before.EndsWith(" the"))
            {
                before = before[..^4].TrimEnd();
            }
            if (before.EndsWith(" from") || before.EndsWith(" by"))
            {
                return true;
            }
            // "the Australian Government has committed to", "Canberra will also lend": past the word government
            // and the auxiliaries, the verb.
            var after = SkipGloss(text.AsSpan(end, sentence.ClauseOf(start, end).End - end));
            var word = NextWord(ref after);
            if (word is "government" or "govt")
            {
                word = NextWord(ref after);
            }
            while (EnglishAuxiliaries.Contains(word.ToString()))
            {
                word = NextWord(ref after);
            }
            return EnglishPayingVerbs.Contains(word.ToString())
                || (money && EnglishFundingVerbs.Contains(word.ToString())) // "committed to take all the magnets" pays nothing
                || (!money && EnglishGrantingVerbs.Contains(word.ToString())); // "the government renewed the licence until 2026"
        }
        var nameStart = start;
        for (var i = sentence.Mentions.Count - 1; i >= 0; i--)
        {
            // 为美国国防部战略资本办公室提供: the office inside a longer office's name is given to with it.
            var previous = sentence.Mentions[i];
            if (previous.Kind == MentionKind.Entity && previous.EntityKind == EntityKind.Organisation && previous.End - sentence.Start == nameStart)
            {
                nameStart = previous.Start - sentence.Start;
            }
        }
        if (nameStart > 0 && text[nameStart - 1] is '为' or '向' or '给')
        {
            return false; // 为X提供: X is given to
        }
        foreach (var next in sentence.Mentions)
        {
            // 美国国防部战略资本办公室: an office named inside a longer office's name pays with it.
            if (next.Kind == MentionKind.Entity && next.EntityKind == EntityKind.Organisation && next.Start - sentence.Start == end)
            {
                end = next.End - sentence.Start;
            }
        }
        var verb = SkipGloss(text.AsSpan(end));
        if (verb.Length > 0 && verb[0] is '将' or '已' or '也')
        {
            verb = verb[1..]; // 国防部将提供
        }
        if (StartsWithAny(verb, ChinesePayingVerbs))
        {
            return true;
        }
        // 马来西亚政府延长运营许可至2026年: the government that extends or grants a licence is not who holds it.
        if (!money && verb.StartsWith("政府"))
        {
            verb = verb[2..];
        }
        return !money && StartsWithAny(verb, ChineseGrantingVerbs);
    }

    private static readonly CueSet Dealings = Words(
        ["协议", "协定", "合同", "贷款", "投资", "入股", "资助", "拨款", "合作"],
        ["deal", "agreement", "loan", "investment", "contract", "partnership", "funding", "grant", "stake"]);

    private static readonly FrozenSet<string> EnglishCounterpartyWords = new[] { "for", "with", "to" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly SearchValues<char> ChineseCounterpartyWords = SearchValues.Create("向与给为同跟");

    // How far back from a company's name a 向/与 may stand when a description comes between (向稀土矿商MP).
    private const int DescriptionReach = 16;

    /// <summary>
    /// A company named as the one a deal is made with or money is given to: "a loan for X", "a deal with
    /// X", "to X"; 向X, 与X, 给X, also past a description of the firm (与美国稀土矿运营商X, 向稀土矿商X).
    /// </summary>
    private static bool IsCounterparty(SentenceView sentence, Mention entity, int start)
    {
        if (entity.EntityKind != EntityKind.Company || !entity.Verified)
        {
            return false;
        }
        var text = sentence.Text;
        if (sentence.IsEnglish)
        {
            var wordEnd = start;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }
            return EnglishCounterpartyWords.Contains(PreviousWord(text, wordEnd));
        }
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.Length > 0 && ChineseCounterpartyWords.Contains(before[^1]))
        {
            return true;
        }
        var reach = before[Math.Max(0, before.Length - DescriptionReach)..];
        var at = reach.LastIndexOfAny(ChineseCounterpartyWords);
        return at >= 0 && reach[at..].IndexOfAny(AppositionBreaks) < 0 && EndsWithAny(reach, ChineseFirmNouns);
    }

    private static readonly string[] ChinesePayingVerbs = ["提供", "发放", "拨付", "拨款", "出资", "资助", "给予", "补贴", "贷款给"];

    // Verbs by which an office gives a permit or licence, or extends one: it grants what another holds.
    private static readonly string[] ChineseGrantingVerbs = ["延长", "续签", "续期", "批准", "颁发", "核发", "更新"];

    private static readonly FrozenSet<string> EnglishGrantingVerbs = new[]
    {
        "renewed", "renews", "extended", "extends", "approved", "approves", "issued", "issues",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishPayingVerbs = new[]
    {
        "provide", "provides", "provided", "providing", "grants", "granted", "awarded", "lends", "lent", "pledged",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs that pay only when what they bring is a sum: "has committed to delivering a further $400 million".
    private static readonly FrozenSet<string> EnglishFundingVerbs = new[]
    {
        "lend", "pledges", "committed", "commits", "delivers", "delivered", "delivering", "extends", "extended", "approved", "approves",
        "offered", "offers",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishAuxiliaries = new[]
    {
        "has", "have", "had", "will", "would", "is", "was", "also", "already", "now", "then", "first", "previously",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The word at the start of <paramref name="text"/>, which is moved past it and the spaces after.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> text)
    {
        var end = text.IndexOf(' ');
        var word = end < 0 ? text : text[..end];
        text = end < 0 ? [] : text[(end + 1)..].TrimStart();
        return word;
    }

    private static bool NamesProject(SentenceView sentence)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.EntityKind == EntityKind.Company && IsInProjectName(sentence, mention, mention.End - sentence.Start))
            {
                return true;
            }
        }
        return false;
    }

    // The most words of a project's name after the company's ("Sojitz Gallium Recovery Project").
    private const int ProjectNameWords = 4;

    /// <summary>
    /// "the Arafura Nolans project", "Alcoa-Sojitz Gallium Recovery Project", 阿拉弗拉诺兰斯项目: a company's name
    /// that starts a project's name; "Iluka's Eneabba project" and 莱纳斯的项目 are the company's own.
    /// </summary>
    private static bool IsInProjectName(SentenceView sentence, Mention company, int end)
    {
        if (company.EntityKind != EntityKind.Company)
        {
            return false;
        }
        var after = sentence.Text.AsSpan(end, Math.Min(ProjectNameWords * 12, sentence.Text.Length - end));
        if (!sentence.IsEnglish)
        {
            var at = after.IndexOf("项目");
            return at >= 0 && at <= ProjectNameWords * 2 && after[0] != '的' && !after[..at].ContainsAny(ProjectNameBreaks);
        }
        if (after.StartsWith("'s") || after.StartsWith("’s") || after.StartsWith("s'"))
        {
            return false;
        }
        var words = 0;
        foreach (var range in after.Split(' '))
        {
            var word = after[range];
            if (word.Length == 0)
            {
                continue;
            }
            if (word.TrimEnd(",.;:") is "project")
            {
                return true;
            }
            if (word.ContainsAny(ProjectNameBreaks) || ++words > ProjectNameWords)
            {
                return false;
            }
        }
        return false;
    }

    private static readonly SearchValues<char> ProjectNameBreaks = SearchValues.Create(",.;:()，。；：（）、");

    /// <summary>Past a bracketed gloss right after a name (办公室（OSC）提供) and the spaces after it.</summary>
    private static ReadOnlySpan<char> SkipGloss(ReadOnlySpan<char> after)
    {
        if (after.Length > 0 && after[0] is '(' or '（' && after.IndexOfAny(')', '）') is var close and >= 0)
        {
            after = after[(close + 1)..];
        }
        return after.TrimStart();
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"China 70%", "中国(27万吨)", "越南(19%)", "Brazil: 21 Mt": only brackets, colons and spaces between.</summary>
    private static bool IsListLabel(SentenceView sentence, int entityEnd, int valueStart)
    {
        var gap = sentence.Text.AsSpan(entityEnd, valueStart - entityEnd);
        if (gap.Length > 3)
        {
            return false;
        }
        foreach (var c in gap)
        {
            if (!(char.IsWhiteSpace(c) || c is '(' or '（' or ':' or '：'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"3. Australia", "第二的巴西": a name right after a rank, with only a list mark, emphasis or 的 between, is what it ranks.</summary>
    private static bool IsRanked(SentenceView sentence, int valueEnd, int entityStart)
    {
        if (entityStart < valueEnd)
        {
            return false;
        }
        var gap = sentence.Text.AsSpan(valueEnd, entityStart - valueEnd).Trim(" \t.)、*");
        return gap.IsEmpty || gap is "的";
    }

    /// <summary>
    /// The object of a preposition ("of China's NdPr", "对中国", "中国以外") or of a comparison (超过美国),
    /// or a name that modifies another noun (中国最大的稀土企业): not who states or holds the figure.
    /// </summary>
    private static bool IsObject(SentenceView sentence, int start, int end)
    {
        var text = sentence.Text;
        if (sentence.IsEnglish)
        {
            if (text.AsSpan(0, start).EndsWith("non-") || text.AsSpan(0, start).EndsWith("ex-")
                || (end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetterLower(text[end + 1])))
            {
                return true; // "a non-China source", "the China-set price", "China-free supply": a name that qualifies, not one that acts
            }
            var wordEnd = start;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }
            var word = PreviousWord(text, wordEnd);
            if (word is "the" or "a")
            {
                var beforeArticle = wordEnd - word.Length;
                while (beforeArticle > 0 && text[beforeArticle - 1] == ' ')
                {
                    beforeArticle--;
                }
                word = PreviousWord(text, beforeArticle);
            }
            return EnglishPrepositions.Contains(word);
        }
        if (start > 0 && ChinesePrepositions.Contains(text[start - 1]))
        {
            return true;
        }
        // 恢复进口美国原木: the country whose goods are bought, not the one that buys them.
        return EndsWithAny(text.AsSpan(0, start), ChineseTradeVerbs)
            || StartsWithAny(text.AsSpan(end), ChineseAfterObject)
            || StartsWithAny(text.AsSpan(end), ChineseModifying)
            || DescribesCompanyAfter(sentence, end);
    }

    // Nouns for a firm that a description before a company's name ends with: 美国稀土生产商 MP Materials.
    private static readonly string[] ChineseFirmNouns = ["商", "企", "企业", "公司", "集团", "巨头"];

    private static readonly SearchValues<char> AppositionBreaks = SearchValues.Create("，,、。；;：:（(");

    /// <summary>
    /// 美国稀土生产商 MP Materials, 澳洲矿企莱纳斯: a name that begins a description of the company named
    /// right after it, in apposition; the company is the one that acts, not its country.
    /// </summary>
    private static bool DescribesCompanyAfter(SentenceView sentence, int end)
    {
        // Mentions come in text order: start at the first after the name, not at the sentence's first.
        for (var i = sentence.FirstMentionFrom(end); i < sentence.Mentions.Count; i++)
        {
            var next = sentence.Mentions[i];
            var nextStart = next.Start - sentence.Start;
            if (next.Kind != MentionKind.Entity || next.EntityKind is EntityKind.Element or EntityKind.Material)
            {
                continue; // 美国稀土生产商: what the firm makes is part of its description
            }
            if (next.EntityKind != EntityKind.Company || !next.Verified || nextStart - end > 12)
            {
                return false;
            }
            var between = sentence.Text.AsSpan(end, nextStart - end).Trim();
            if (between.IndexOfAny(AppositionBreaks) >= 0)
            {
                return false;
            }
            return EndsWithAny(between, ChineseFirmNouns);
        }
        return false;
    }

    private static string PreviousWord(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..end];
    }

    /// <summary>超过美国, 远不及中国, 仅次于中国: the one compared with, whatever the measure.</summary>
    private static bool IsComparedWith(SentenceView sentence, int start) => EndsWithAny(sentence.Text.AsSpan(0, start), ChineseComparedWith);

    /// <summary>是中国的三分之一, 仅为美国企业的1/3: the one a compared figure is a part or multiple of, not its subject.</summary>
    private static bool IsComparisonBase(SentenceView sentence, int start, int end, int valueStart)
    {
        if (end > valueStart || valueStart - end > 8 || sentence.Text[valueStart - 1] != '的')
        {
            return false;
        }
        var between = sentence.Text.AsSpan(end, valueStart - end);
        var before = sentence.Text.AsSpan(0, start).TrimEnd();
        return between.IndexOfAny(',', '，') < 0 && before.Length > 0 && before[^1] is '为' or '是' or '於' or '于';
    }

    /// <summary>金砖国家（中国、巴西、印度、俄罗斯）: names listed in brackets gloss the noun before them.</summary>
    private static bool InBracketedList(SentenceView sentence, int start, int end)
    {
        var text = sentence.Text.AsSpan();
        var open = text[..start].LastIndexOfAny('(', '（');
        if (open < 0 || text[open..start].IndexOfAny(')', '）') >= 0)
        {
            return false;
        }
        var close = text[end..].IndexOfAny(')', '）');
        return close >= 0 && text[(open + 1)..(end + close)].IndexOfAny('、', ',') >= 0;
    }

    /// <summary>
    /// "released Friday by China's Ministry of Commerce", 由商务部: who performed the dated act. Chinese
    /// also puts the time before the one who acts (7月4日美国总统签署的法案): a name right after the date,
    /// unless it describes a company named after it (7月10日美国稀土生产商MP宣布).
    /// </summary>
    private static bool IsActor(SentenceView sentence, int valueEnd, int entityStart, int entityEnd)
    {
        var gap = sentence.Text.AsSpan(valueEnd, entityStart - valueEnd).Trim();
        return sentence.IsEnglish ? gap is "by" or "by the" : gap is "由" || (gap.IsEmpty && !DescribesCompanyAfter(sentence, entityEnd));
    }

    /// <summary>"… is in", "… comes from", "… 由", "… 集中在": the words just before a name after the value make it the holder.</summary>
    private static bool IsHolder(SentenceView sentence, int valueEnd, int entityStart)
    {
        var gap = sentence.Text.AsSpan(valueEnd, entityStart - valueEnd).TrimEnd();
        if (sentence.IsEnglish)
        {
            if (gap.EndsWith(" the"))
            {
                gap = gap[..^4].TrimEnd();
            }
            foreach (var words in EnglishHolders)
            {
                if (gap.EndsWith(words) && (gap.Length == words.Length || gap[^(words.Length + 1)] == ' '))
                {
                    return true;
                }
            }
            return false;
        }
        return EndsWithAny(gap, ChineseHolders);
    }

    private static int IndexOf(IReadOnlyList<EntityKind> kinds, EntityKind kind)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == kind)
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}

/// <summary>Whom "it", 其 and "the company", 该公司 can mean in a sentence: the last subject, and the last company named.</summary>
internal readonly record struct Antecedents(string? Subject, string? Company);
