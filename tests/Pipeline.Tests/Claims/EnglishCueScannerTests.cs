using System.Text.RegularExpressions;
using Pipeline.Claims;
using Pipeline.Tests.Infrastructure;
using Pipeline.Text;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Tests.Claims;

/// <summary>
/// The scanner must find exactly what the regular expression finds: the same spans, in the same order,
/// for cues that overlap, share an opening word, end in *, hold spaces, or stand next to Chinese text.
/// </summary>
public sealed class EnglishCueScannerTests
{
    private static readonly string[] Sentences =
    [
        "exports fell; exporters said export-led output rose, and the exports' share fell",
        "the price floor of $110/kg, a floor price, floor prices and price\tfloor and price  \n floor",
        "rare earth, rare-earth, rare earths and rare\u00a0earth, rareearth",
        "refining, refinery, refined and refin: refin_ery refiné refin\u200dery refin\u0301ing",
        "出口export出口 exports出口 出口 exports, 产量output 1output output1 output_ output",
        "tradeoff trade-off trading traders trade",
        "a ton, a  ton, a\tton, a-ton and ton a ton",
        "",
        "output",
        " output ",
    ];

    private static readonly string[][] CueLists =
    [
        ["export", "exports", "export*"],
        ["export*", "export"],
        ["price floor", "floor price", "floor of", "a floor", "floor", "price*"],
        ["rare earth*", "rare earth", "rare-earth", "earth"],
        ["refin*", "refine", "ing"],
        ["output", "1output", "output_"],
        ["trad*", "trade", "trade-off", "off"],
        ["a ton", "ton", "a"],
    ];

    [Fact]
    public void Finds_what_the_regex_finds_in_hand_made_sentences()
    {
        foreach (var cues in CueLists)
        {
            AssertSameAsRegex(cues, Sentences);
        }
    }

    [Fact]
    public void Finds_what_the_regex_finds_for_every_catalogue_cue_set_in_every_sentence_of_the_corpus()
    {
        var cueLists = CatalogueEnglishCues();
        var lines = SeedCorpus.CorpusAndDevNewsFiles()
            .SelectMany(File.ReadAllLines)
            .Select(TextNormalizer.Default.NormalizeString)
            .Where(line => line.Length > 0)
            .ToList();
        Assert.True(cueLists.Count > 50, $"only {cueLists.Count} English cue lists in the catalogue");
        Assert.True(lines.Count > 1000, $"only {lines.Count} lines in the corpus");

        var matches = cueLists.Sum(cues => AssertSameAsRegex(cues, lines));
        Assert.True(matches > 2_000, $"only {matches} matches: the comparison proves little");
    }

    [Theory]
    [InlineData("$ price")]
    [InlineData("u.s.")]
    [InlineData("price  floor")]
    [InlineData("price\tfloor")]
    [InlineData("*")]
    public void A_cue_that_is_not_plain_is_left_to_the_regex(string cue)
    {
        Assert.Null(EnglishCueScanner.TryCreate(["price", cue]));
    }

    [Fact]
    public void Word_characters_and_white_space_are_what_the_regex_takes_them_for()
    {
        var word = new Regex(@"^\w$");
        var boundary = new Regex(@"\b");
        var space = new Regex(@"^\s$");
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = c.ToString();
            Assert.True(word.IsMatch(text) == RegexWordCharacters.IsWord(c), $"\\w and U+{(int)c:X4}");
            Assert.True(boundary.IsMatch(text) == RegexWordCharacters.IsBoundaryWord(c), $"\\b and U+{(int)c:X4}");
            Assert.True(space.IsMatch(text) == char.IsWhiteSpace(c), $"\\s and U+{(int)c:X4}");
        }
    }

    // How many spans both found in all the texts.
    private static int AssertSameAsRegex(string[] cues, IEnumerable<string> texts)
    {
        var scanner = EnglishCueScanner.TryCreate(cues);
        Assert.NotNull(scanner);
        var regex = new EnglishCueRegex(cues);
        var count = 0;
        foreach (var text in texts)
        {
            List<(int Start, int End)> expected = [], found = [];
            regex.AddFoundIn(text, expected);
            scanner.AddFoundIn(text, found);
            Assert.True(expected.SequenceEqual(found),
                $"[{string.Join(", ", cues)}] in \"{text}\": regex {string.Join(' ', expected)}, scanner {string.Join(' ', found)}");
            count += found.Count;
        }
        return count;
    }

    // Every English cue list of config/attributes.yaml, normalized as the catalogue normalizes it.
    private static List<string[]> CatalogueEnglishCues()
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(SeedCorpus.ConfigFolder, AttributeCatalog.FileName)))
        {
            yaml.Load(reader);
        }
        var lists = new List<string[]>();
        Collect(yaml.Documents[0].RootNode, lists);
        return lists;
    }

    private static void Collect(YamlNode node, List<string[]> lists)
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: "en" } && value is YamlSequenceNode cues)
                {
                    lists.Add([.. cues.Children.Cast<YamlScalarNode>()
                        .Select(c => TextNormalizer.Default.NormalizeString(c.Value ?? "")).Where(c => c.Length > 0)]);
                }
                Collect(value, lists);
            }
        }
        else if (node is YamlSequenceNode sequence)
        {
            foreach (var child in sequence.Children)
            {
                Collect(child, lists);
            }
        }
    }
}
