using System.Buffers;
using Pipeline.Extraction;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Two countries that act as one subject: "the U.S. and Australia will each invest", "U.S.-Australia
/// framework", "美国与澳大利亚共同投资", "川普与艾班尼斯签署" (a head of government or an office acts
/// for its country), and "the two governments", "两国", "双方" after such a pair was named. The pair is
/// one subject, written as both ids in order joined by <see cref="Separator"/>: what two governments
/// sign or invest together is not what either does alone. Chinese also writes the pair as one word
/// of the countries' one-character names: 美澳携手, 中美关系.
/// </summary>
internal sealed class JointSubjects(IReadOnlyDictionary<string, string> governments, IReadOnlyDictionary<char, string> shortNames)
{
    // What may follow 美澳, 中美 when the two characters name two countries (not 中美洲, 日美元).
    private const string AfterShortPair = "两双联携合共关协框峰贸领之会首同签达盟";

    public const char Separator = '+';

    // Lets the search for a pair skip to the characters that name a country (most of a sentence names none).
    private readonly SearchValues<char> _shortNameChars = SearchValues.Create([.. shortNames.Keys]);

    // The pair, or the agreement and the investment it made together: "这项协议代表85亿美元的投资管道" and
    // "这笔投资锁定约值530亿美元的储藏" after the pair signed are the pair's figures.
    private static readonly CueSet PairWords = new(
        ["两国", "双方", "两国政府", "美澳双方", "这项协议", "该协议", "此协议", "这笔投资", "这项投资"],
        ["the two countries", "both countries", "the two governments", "both governments", "the two nations", "both nations", "both sides", "the two sides", "the two leaders", "both leaders",
            "the agreement", "this investment"],
        TextNormalizer.Default.NormalizeString);

    // "projects between the two countries", 两国之间的项目: what the pair does together.
    private static readonly CueSet BetweenThePair = new(
        ["两国之间", "两国间"],
        ["between the two countries", "between both countries", "between the two nations", "between both nations"],
        TextNormalizer.Default.NormalizeString);

    // What may stand between two names of one pair: 美国与澳大利亚, 川普與艾班尼斯, "the U.S. and Australia", "U.S.-Australia".
    private static readonly string[] Coordinators = ["与", "和", "及", "同", "跟", "and", "and the", "&", "-", "–", "—", "/"];

    public static string Join(string first, string second) =>
        string.CompareOrdinal(first, second) < 0 ? $"{first}{Separator}{second}" : $"{second}{Separator}{first}";

    public static bool IsJoint(string subject) => subject.Contains(Separator);

    /// <summary>The first pair of countries the sentence names together, if any: two names, not a list of three.</summary>
    public NamedPair? PairIn(SentenceView sentence)
    {
        Mention? previous = null;
        string? first = null; // the party the previous mention stands for
        NamedPair? found = null;
        foreach (var mention in sentence.Mentions)
        {
            if (Party(mention) is not { } party)
            {
                continue;
            }
            if (previous is not null && first != party && AreJoined(sentence, previous, mention))
            {
                if (found is not null)
                {
                    return null; // 中国、美国和澳大利亚: a list, not a pair
                }
                found = new NamedPair(Join(first!, party), previous.Start - sentence.Start, mention.End - sentence.Start);
            }
            else if (found is not null)
            {
                return found;
            }
            (previous, first) = (mention, party);
        }
        return found ?? ShortPairIn(sentence);
    }

    /// <summary>美澳携手, 中美两国: two one-character country names written as one word.</summary>
    private NamedPair? ShortPairIn(SentenceView sentence)
    {
        if (sentence.IsEnglish || shortNames.Count == 0)
        {
            return null;
        }
        var text = sentence.Text;
        for (var i = 0; i + 2 < text.Length; i++)
        {
            var next = text.AsSpan(i, text.Length - 2 - i).IndexOfAny(_shortNameChars);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (shortNames.TryGetValue(text[i], out var first) && shortNames.TryGetValue(text[i + 1], out var second) && first != second
                && AfterShortPair.Contains(text[i + 2]) && (i == 0 || !shortNames.ContainsKey(text[i - 1])))
            {
                return new NamedPair(Join(first, second), i, i + 2);
            }
        }
        return null;
    }

    /// <summary>
    /// The pair the value's clause speaks of: one named before the value in its clause ("the U.S. and
    /// Australia will each invest"), or earlier in the sentence when the subject is one of the pair and
    /// not named again since ("Canada and Japan will fund new mines, and their deposits are valued at
    /// $30 billion"), or "两国", "the two governments" (the pair named last).
    /// </summary>
    /// <param name="subject">The subject the phrase names, if it names one.</param>
    public string? PairFor(SentenceView sentence, ValuePlace place, string? subject, NamedPair? inSentence, string? lastPair)
    {
        subject = subject is null ? null : governments.GetValueOrDefault(subject, subject);
        // A pair named before the value: the value's when it names one of them (in its clause, or with no
        // other mention of that one between), or when the phrase names nobody else and the pair is in its clause.
        if (inSentence is { } named && named.End <= place.Start
            && (subject is null
                ? named.Start >= place.ClauseStart
                : named.Subject.Split(Separator).Contains(subject)
                    && (named.Start >= place.ClauseStart || !Names(sentence, subject, named.End, place.Start))))
        {
            return named.Subject;
        }
        foreach (var (start, _) in sentence.Find(PairWords))
        {
            if (start < place.Start && start >= place.ClauseStart)
            {
                return inSentence is { } before && before.End <= start ? before.Subject : lastPair;
            }
        }
        return null;
    }

    /// <summary>
    /// An office that acts under the framework of the pair named last: its figure is the pair's. It acts
    /// "for projects between the two countries" (两国之间的项目), or it is an office of one of the two
    /// (the lexicon's country), named before the figure, that funds, builds or issues letters in or to the
    /// other: "EXIM will send letters to nine Australian firms", 五角大楼将在西澳建设年产80吨的精炼厂 (the
    /// figure read as the office's, its country's or the partner state's). A sentence that names no country
    /// or state goes on about its paragraph (美国进出口银行也发出…的意向书 after the refinery in 西澳).
    /// An office of a third country, an office that funds its own country ("for American shipyards"), or a
    /// company keeps its own.
    /// </summary>
    /// <param name="namedInParagraph">The countries the paragraph named before this sentence (a state for its country).</param>
    public string? ActingForPair(SentenceView sentence, ValuePlace place, string subject, string? lastPair, IReadOnlySet<string> namedInParagraph)
    {
        if (lastPair is null)
        {
            return null;
        }
        var members = lastPair.Split(Separator);
        if (ForProjectsBetween(sentence, subject, members))
        {
            return lastPair;
        }
        if (OfficeOfMember(sentence, members, place) is not { } office)
        {
            return null;
        }
        var partner = members[0] == office.Country ? members[1] : members[0];
        if (subject != office.EntityId && subject != office.Country && !IsStateOf(sentence, subject, partner))
        {
            return null; // a company's money stays the company's; the partner's own figure stays its own
        }
        var named = sentence.Mentions.Select(CountryOf).OfType<string>().ToList();
        return named.Contains(partner) || (named.Count == 0 && namedInParagraph.Contains(partner)) ? lastPair : null;
    }

    /// <summary>"… letters of interest for projects between the two countries": an office (not a company) for the pair.</summary>
    private bool ForProjectsBetween(SentenceView sentence, string subject, string[] members) =>
        (!governments.TryGetValue(subject, out var country) || members.Contains(country))
        && sentence.Mentions.Any(m => m is { Kind: MentionKind.Entity, EntityKind: EntityKind.Organisation, Verified: true } && m.EntityId == subject)
        && sentence.Find(BetweenThePair).Length > 0;

    /// <summary>The office of one of the pair named last before the value ("according to the White House, the Pentagon will…").</summary>
    private static Mention? OfficeOfMember(SentenceView sentence, string[] members, ValuePlace place) =>
        sentence.Mentions.LastOrDefault(m => m is { Kind: MentionKind.Entity, EntityKind: EntityKind.Organisation, Verified: true, Country: { } c }
            && members.Contains(c) && m.End - sentence.Start <= place.Start);

    /// <summary>Whether the subject is a state of the country, as the sentence names it.</summary>
    private static bool IsStateOf(SentenceView sentence, string subject, string country) =>
        sentence.Mentions.Any(m => m.EntityId == subject && m.EntityKind == EntityKind.Place && m.Country == country);

    /// <summary>The country a mention names: a country, or a state of one.</summary>
    public static string? CountryOf(Mention mention) =>
        mention.Kind != MentionKind.Entity || !mention.Verified ? null
        : mention.EntityKind == EntityKind.Country ? mention.EntityId
        : mention.EntityKind == EntityKind.Place ? mention.Country
        : null;

    /// <summary>
    /// The country a subject acts with: "阿尔巴尼斯访美，同美国总统特朗普签署", "signed with the United
    /// States": the first other country named right after 同, 与, 和, 跟 or "with".
    /// </summary>
    public string? CounterpartOf(SentenceView sentence, string subject)
    {
        if (!Names(sentence, subject, 0, sentence.Text.Length))
        {
            return null; // a company that signs with a country is still the company
        }
        foreach (var mention in sentence.Mentions)
        {
            if (Party(mention) is not { } party || party == subject)
            {
                continue;
            }
            var before = sentence.Text.AsSpan(0, mention.Start - sentence.Start).TrimEnd();
            if (before.Length > 0 && (before[^1] is '同' or '与' or '和' or '跟' || before.EndsWith(" with") || before.EndsWith(" with the")))
            {
                return party;
            }
        }
        return null;
    }

    /// <summary>Whether a mention in [from, to) of the sentence stands for <paramref name="party"/>.</summary>
    private bool Names(SentenceView sentence, string party, int from, int to)
    {
        foreach (var mention in sentence.Mentions)
        {
            var start = mention.Start - sentence.Start;
            if (start >= from && start < to && Party(mention) == party)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The country a mention stands for: a country, or an office or head of government of one.</summary>
    private string? Party(Mention mention) =>
        mention.Kind != MentionKind.Entity || !mention.Verified || mention.EntityId is not { } id ? null
        : mention.EntityKind == EntityKind.Country ? id
        : governments.GetValueOrDefault(id);

    private static bool AreJoined(SentenceView sentence, Mention first, Mention second)
    {
        // 川普（Donald Trump）與澳洲: a name's bracketed gloss is not between the two.
        var gap = sentence.Text.AsSpan(first.End - sentence.Start, second.Start - first.End).TrimStart(" )）").TrimEnd();
        foreach (var word in Coordinators)
        {
            if (gap.SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Two countries named together, and where in the sentence (offsets relative to it).</summary>
internal readonly record struct NamedPair(string Subject, int Start, int End);
