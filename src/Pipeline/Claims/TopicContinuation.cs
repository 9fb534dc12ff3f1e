using Pipeline.Extraction;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// A sentence that names no one but goes on about the company the text is about: its subject is
/// a noun that stands for the company, its plant or its product (公司, 该厂, 其产品, "the plant",
/// "the Kalgoorlie refinery"), or, in Chinese, it has none at all and opens on the measure itself
/// (…。成本比中国高18%, …。但初期产量仅30公斤): the subject is dropped, the topic goes on.
/// </summary>
internal static class TopicContinuation
{
    // Words that open a clause and join it to the sentence before: 但初期产量…, "But the plant…".
    private static readonly CueSet Connectives = Words(
        ["但是", "但", "而且", "而", "并且", "同时", "此外", "另外", "不过", "目前", "如今"],
        ["but", "and", "however", "meanwhile", "now", "yet", "so"]);

    // Nouns that, as a sentence's subject, name the company under discussion or its plant, mine or product.
    private static readonly CueSet TopicNouns = Words(
        ["该公司", "公司", "该工厂", "该厂", "工厂", "新厂", "该矿", "其产品", "产品", "该项目", "其项目", "该设施"],
        ["the company", "the firm", "the plant", "the refinery", "the facility", "the mine", "the project", "the miner", "the producer"]);

    // English plant nouns after a one-word name: "the Kalgoorlie plant", "the Kuantan refinery".
    private static readonly CueSet PlantNouns = Words([], ["plant", "refinery", "facility", "mine", "project"]);

    // A Chinese measure word may follow a short modifier of stage or period: 初期产量, 首批产品纯度, 全年营收.
    private const int ModifierChars = 2;

    // Who reports what follows, before the clause reported: 澳洲媒体强调纯度达99.95%, 分析人士指出成本比中国高18%.
    private static readonly CueSet ReportingVerbs = Words(["强调", "指出", "表示", "报道", "认为", "称"], []);

    // How long a reporter's name may be (媒体, 澳洲媒体, 分析人士, 日本经济新闻).
    private const int ReporterChars = 8;

    private static CueSet Words(string[] chinese, string[] english) => new(chinese, english, TextNormalizer.Default.NormalizeString);

    /// <summary>"公司第三季度产量上升", "工厂自2012年起运营", "The refinery produced…", "The Kuantan plant has…".</summary>
    public static bool OpensOnTopicNoun(SentenceView sentence)
    {
        var opening = AfterConnective(sentence);
        if (StartsAt(sentence, TopicNouns, opening))
        {
            return true;
        }
        if (!sentence.IsEnglish || !sentence.Text.AsSpan(opening).StartsWith("the "))
        {
            return false;
        }
        // One name between the article and the plant noun: "the Kalgoorlie plant".
        var afterName = sentence.Text.IndexOf(' ', opening + 4);
        return afterName > 0 && StartsAt(sentence, PlantNouns, afterName + 1);
    }

    // The words a sentence opens with when the company named before is its subject, as written (both scripts).
    private static readonly string[] CompanyOpeners = ["公司", "该公司", "該公司", "The company", "The firm"];

    /// <summary>"公司从澳大利亚获取原料": a sentence whose subject is the company named before, whatever it names after.</summary>
    public static bool OpensOnCompany(ReadOnlySpan<char> sentence)
    {
        foreach (var opener in CompanyOpeners)
        {
            if (sentence.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>成本比中国高18%, 但初期产量仅30公斤: a Chinese clause with no subject that opens on what it measures.</summary>
    public static bool OpensOnMeasure(SentenceView sentence, AttributeDefinition attribute)
    {
        if (sentence.IsEnglish)
        {
            return false;
        }
        var opening = AfterConnective(sentence);
        var reported = AfterReporter(sentence, opening);
        foreach (var (start, _) in sentence.Find(attribute.Cues))
        {
            if (start >= opening && start <= opening + ModifierChars && !sentence.Mentions.Any(m => m.Start - sentence.Start < start))
            {
                return true;
            }
            if (reported is { } clause && start >= clause && start <= clause + ModifierChars
                && !sentence.Mentions.Any(m => m.Kind != MentionKind.Entity && m.Start - sentence.Start < start))
            {
                return true; // 澳洲媒体强调纯度达99.95%: the reporter is not whom the figure is about
            }
        }
        return false;
    }

    /// <summary>Where the clause reported starts, after a short reporter and its verb (澳洲媒体强调|纯度达…); null when there is none.</summary>
    private static int? AfterReporter(SentenceView sentence, int opening)
    {
        foreach (var (start, end) in sentence.Find(ReportingVerbs))
        {
            if (start > opening && start <= opening + ReporterChars)
            {
                return end;
            }
        }
        return null;
    }

    private static int AfterConnective(SentenceView sentence)
    {
        var end = 0;
        foreach (var (start, stop) in sentence.Find(Connectives))
        {
            if (start == 0 && stop > end)
            {
                end = stop;
            }
        }
        var text = sentence.Text;
        while (end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] is ',' or '，'))
        {
            end++;
        }
        return end;
    }

    private static bool StartsAt(SentenceView sentence, CueSet words, int at)
    {
        foreach (var (start, _) in sentence.Find(words))
        {
            if (start == at)
            {
                return true;
            }
        }
        return false;
    }
}
