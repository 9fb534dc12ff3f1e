using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Sources;
using Pipeline.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipeline.Tests.Extraction.Entities;

public sealed class CorpusEntityTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, (string Text, IReadOnlyList<Mention> Mentions)>> Corpus = new(ExtractAll);

    [Theory]
    [InlineData("en_01", "mp-materials", "MP Materials")]
    [InlineData("en_01", "dod", "US Department of Defense")]
    [InlineData("en_01", "dod", "Pentagon")]
    [InlineData("en_01", "ndpr", "NdPr")]
    [InlineData("en_01", "mountain-pass", "Mountain Pass")]
    [InlineData("en_02", "apple", "Apple")]
    [InlineData("en_03", "usgs", "USGS")]
    [InlineData("en_03", "silmet", "Silmet")]
    [InlineData("en_04", "clepa", "CLEPA")]
    [InlineData("en_04", "gac", "General Administration of Customs")]
    [InlineData("en_05", "lynas", "LYNAS")]
    [InlineData("en_06", "neo-performance-materials", "Neo Performance Materials")]
    [InlineData("en_07", "xi-jinping", "President Xi Jinping")]
    [InlineData("en_08", "lynas", "Lynas Rare Earths")]
    [InlineData("en_08", "seadrift", "Seadrift")]
    [InlineData("en_09", "busan", "Busan")]
    [InlineData("en_10", "vacuumschmelze", "e-VAC")]
    [InlineData("en_10", "energy-fuels", "Energy Fuels")]
    [InlineData("000", "mofcom", "中国商务部")]
    [InlineData("000", "pensana", "Pensana")]
    [InlineData("001", "us-antimony", "美国锑业公司")]
    [InlineData("001", "sk-hynix", "SK海力士")]
    [InlineData("001", "ndpr", "钕镨")]
    [InlineData("002", "mp-materials", "MP材料公司")]
    [InlineData("003", "mp-materials", "MP Materials")]
    [InlineData("003", "lynas", "萊納斯")]
    [InlineData("003", "ndpr", "氧化釹鐠")]
    [InlineData("003", "solvay", "索爾維")]
    [InlineData("004", "mofcom", "商務部")]
    [InlineData("004", "gac", "海關總署")]
    [InlineData("004", "usgs", "美國地質調查局")]
    [InlineData("004", "china-rare-earth-group", "中國稀土集團")]
    [InlineData("004", "proterial", "日立金屬")]
    [InlineData("004", "mp-materials", "MP MATERIALS")]
    public void Known_mentions_are_found_in_the_corpus(string article, string id, string surface)
    {
        var (text, mentions) = Corpus.Value[article];

        var found = mentions.Where(m => m.EntityId == id).Select(m => m.Surface).ToList();

        Assert.Contains(surface, found);
        Assert.All(mentions, m => Assert.Equal(m.Surface, text[m.Start..m.End]));
    }

    [Fact]
    public void Every_article_names_entities_and_mentions_never_overlap()
    {
        foreach (var (article, (_, mentions)) in Corpus.Value)
        {
            Assert.True(mentions.Count > 20, $"{article}: {mentions.Count} mentions");
            for (var i = 1; i < mentions.Count; i++)
            {
                Assert.True(mentions[i - 1].End <= mentions[i].Start, $"{article}: {mentions[i - 1].Surface} overlaps {mentions[i].Surface}");
            }
        }
    }

    [Fact]
    public void Common_words_do_not_become_entities_in_the_corpus()
    {
        var surfaces = Corpus.Value.Values.SelectMany(a => a.Mentions).Select(m => m.Surface).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("us", surfaces);
        Assert.DoesNotContain("apple", surfaces);
        Assert.DoesNotContain("US$", surfaces);
    }

    [Fact]
    public void Unknown_organisations_in_the_corpus_are_listed_for_the_lexicon()
    {
        var candidates = Corpus.Value.Values
            .SelectMany(a => a.Mentions)
            .Where(m => !m.Verified)
            .GroupBy(m => m.EntityId)
            .OrderByDescending(g => g.Count())
            .ToList();

        output.WriteLine($"{candidates.Count} unknown organisation names in the corpus:");
        foreach (var candidate in candidates.Take(30))
        {
            output.WriteLine($"{candidate.Count(),3}  {candidate.Key}  ({candidate.First().EntityKind})");
        }
        Assert.All(candidates, c => Assert.StartsWith(EntityExtractor.CandidatePrefix, c.Key, StringComparison.Ordinal));
        Assert.True(candidates.Count < 10, "the lexicon misses organisations the corpus names often: add them");
    }

    private static Dictionary<string, (string Text, IReadOnlyList<Mention> Mentions)> ExtractAll()
    {
        var extractor = new EntityExtractor(RepositoryLexicon.Lexicon);
        var articles = new Dictionary<string, (string Text, IReadOnlyList<Mention> Mentions)>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(SeedCorpus.Folder).Where(p => Path.GetFileName(p) != "README.md"))
        {
            var name = Path.GetFileName(path);
            var key = name.StartsWith("en_", StringComparison.Ordinal) ? name[..5] : name[..3];
            var text = DocumentReader.Read(path, File.ReadAllBytes(path)).Text;
            var language = key.StartsWith("en_", StringComparison.Ordinal) ? "en" : "zh";
            articles[key] = (text, [.. extractor.Extract(ExtractionInput.From(text, language, null))]);
        }
        return articles;
    }
}
