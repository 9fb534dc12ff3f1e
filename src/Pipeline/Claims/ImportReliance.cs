using Pipeline.Extraction;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// The share of a buyer's supply of goods that comes from one source country (import reliance), in the
/// constructions that name the goods and the source after the figure:
/// <list type="bullet">
/// <item>"N% of the EU's magnets come from / are sourced from / are imported from China", 欧盟N%的磁体来自中国 / 源自中国;</item>
/// <item>"the EU imports / sources / gets / buys N% of its magnets from China", 欧盟N%的磁体从中国进口.</item>
/// </list>
/// The figure is the buyer's: the owner of the goods ("of the EU's", "of US imports"), else the name before it, else
/// the topic of the sentence before (欧洲依赖中国。98%的磁体来自中国). The world's goods have no buyer
/// ("90% of the world's rare earths come from China", 全球90%的稀土来自中国 are the source's production
/// share): no buyer, no reliance.
/// </summary>
internal static class ImportReliance
{
    public const string Key = "import-reliance";

    // How far after the figure the goods may run before the word of source.
    private const int GoodsReach = 60;

    private static readonly string[] ChineseSources = ["来自", "源自"];

    private static readonly string[] EnglishSources =
    [
        " come from ", " comes from ", " came from ", " are sourced from ", " is sourced from ", " were sourced from ",
        " are imported from ", " is imported from ", " were imported from ",
    ];

    // "The EU imports 95% of its magnets from China": a verb of getting before the figure, "from" after its goods.
    private static readonly string[] EnglishGetting =
        ["imports", "imported", "import", "sources", "sourced", "source", "gets", "got", "get", "buys", "bought", "buy", "obtains", "obtained"];

    private static readonly CueSet WorldWords = new(["全球", "世界"], ["global", "world", "world's", "worldwide"], TextNormalizer.Default.NormalizeString);

    /// <summary>
    /// The source country a percentage is framed as coming from, or null when it is not so framed or the goods
    /// phrase names what is no supply (a veto word of <paramref name="reliance"/>: "20% of its revenue from Japan").
    /// </summary>
    public static Mention? SourceOf(SentenceView sentence, ValuePlace place, AttributeDefinition reliance)
    {
        if (place.Value.Kind != MentionKind.Percentage)
        {
            return null;
        }
        var text = sentence.Text;
        var reach = Math.Min(place.ClauseEnd, Math.Min(text.Length, place.End + GoodsReach));
        var after = text.AsSpan(place.End, reach - place.End);
        int sourceAt;
        if (sentence.IsEnglish)
        {
            if (!after.StartsWith(" of "))
            {
                return null;
            }
            sourceAt = IndexOfAny(after, EnglishSources, out var length);
            if (sourceAt >= 0)
            {
                sourceAt += length;
            }
            else if (PreviousWord(text, place.Start) is { } verb && EnglishGetting.Contains(verb, StringComparer.OrdinalIgnoreCase)
                && after.IndexOf(" from ") is var from and > 0)
            {
                sourceAt = from + " from ".Length;
            }
            else
            {
                return null;
            }
        }
        else
        {
            if (!after.StartsWith("的"))
            {
                return null;
            }
            sourceAt = IndexOfAny(after, ChineseSources, out var length);
            if (sourceAt >= 0)
            {
                sourceAt += length;
            }
            else if (after.IndexOf('从') is var from and > 0 && after[from..].IndexOf("进口") > 0)
            {
                sourceAt = from + 1; // 从中国进口
            }
            else
            {
                return null;
            }
        }
        var at = place.End + sourceAt;
        if (sentence.Contains(reliance.Vetoes, place.End, at))
        {
            return null;
        }
        return sentence.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Entity && m.EntityKind == EntityKind.Country
            && m.Start - sentence.Start >= at && m.Start - sentence.Start <= at + 1);
    }

    /// <summary>
    /// Whose reliance the figure is: a country, organisation or company (or a region that stands for one, through
    /// <paramref name="governments"/>) that owns the goods ("of the EU's magnets", "of US imports"), else the
    /// nearest named before the figure, else the topic <paramref name="previous"/>. Never the source, never the world.
    /// </summary>
    public static string? BuyerOf(
        SentenceView sentence, ValuePlace place, Mention source, string? previous, IReadOnlyDictionary<string, string> governments)
    {
        var sourceStart = source.Start - sentence.Start;
        if (sentence.Contains(WorldWords, place.End, sourceStart) || EndsWithWorld(sentence, place.Start))
        {
            return null;
        }
        string? before = null, owner = null;
        foreach (var mention in sentence.Mentions)
        {
            if (BuyerId(mention, governments) is not { } id || id == source.EntityId)
            {
                continue;
            }
            var (start, end) = (mention.Start - sentence.Start, mention.End - sentence.Start);
            if (end <= place.Start)
            {
                before = id; // the nearest so far
            }
            else if (start >= place.End && end < sourceStart && IsOwner(sentence.Text, start, end))
            {
                owner ??= id;
            }
        }
        return owner ?? before ?? (previous != source.EntityId && previous != SubjectReader.World ? previous : null);
    }

    /// <summary>"of the EU's magnets", "of US imports": the goods phrase names whose goods they are.</summary>
    private static bool IsOwner(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return text.AsSpan(end).StartsWith("'s") || before.EndsWith(" of") || before.EndsWith(" of the");
    }

    private static string? BuyerId(Mention mention, IReadOnlyDictionary<string, string> governments)
    {
        if (mention.Kind != MentionKind.Entity || !mention.Verified || mention.EntityId is not { } id)
        {
            return null;
        }
        return mention.EntityKind is EntityKind.Country or EntityKind.Organisation or EntityKind.Company ? governments.GetValueOrDefault(id, id)
            : mention.EntityKind == EntityKind.Place && governments.TryGetValue(id, out var country) ? country
            : null;
    }

    // 全球90%的稀土: the world word right before the figure.
    private static bool EndsWithWorld(SentenceView sentence, int valueStart)
    {
        foreach (var (_, end) in sentence.Find(WorldWords))
        {
            if (end <= valueStart && valueStart - end <= 2)
            {
                return true;
            }
        }
        return false;
    }

    private static int IndexOfAny(ReadOnlySpan<char> text, string[] words, out int length)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                length = word.Length;
                return at;
            }
        }
        length = 0;
        return -1;
    }

    private static string? PreviousWord(string text, int end)
    {
        var before = text.AsSpan(0, end).TrimEnd();
        var space = before.LastIndexOf(' ');
        return before.Length == 0 ? null : before[(space + 1)..].ToString();
    }
}
