using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Sources;
using Pipeline.Tests.Infrastructure;
using Pipeline.Text;

namespace Pipeline.Tests.Index;

/// <summary>
/// Highlighting reads only the stretches of a hit that can hold the words it wants
/// (<see cref="WordStretches"/>); what it finds must be what analyzing the whole text finds.
/// </summary>
public sealed class WordStretchesTests : IDisposable
{
    private static readonly Lexicon Lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);

    private readonly IndexAnalyzers _analyzers = IndexAnalyzers.CreateDefault(Lexicon.ProtectedTerms);

    [Fact]
    public void An_english_word_in_a_chinese_text_is_read_from_its_latin_stretches_only()
    {
        const string text = "稀土精煉能力弱，2025年Lynas擴產。澳洲 Lynas Rare Earths 精煉";

        var read = Read(text, ["lyna"]);

        Assert.Equal(["，2025", "Lynas", " Lynas Rare Earths "], read);
    }

    [Fact]
    public void A_chinese_word_is_read_only_where_its_characters_stand()
    {
        const string text = "稀土精煉能力弱，MP Materials 擴產。鎵的精煉";

        var read = Read(text, ["精炼"]);

        Assert.Equal(["稀土精煉能力弱", "鎵的精煉"], read);
    }

    [Fact]
    public void A_protected_name_that_mixes_scripts_is_never_cut()
    {
        // MP材料 is one word (the lexicon glues it), so "mp" alone must not be found in it.
        const string text = "美國MP材料公司";
        Assert.True(Lexicon.ProtectedTerms.Contains("mp材料"));

        Assert.Equal(["MP材料公司"], Read(text, ["mp"]));
        Assert.Empty(Occurrences(text, Stretches(text, ["mp"]), ["mp"]).Of("mp"));
    }

    [Fact]
    public void Every_corpus_and_dev_news_text_gives_what_the_whole_text_gives()
    {
        var files = SeedCorpus.CorpusAndDevNewsFiles();
        Assert.True(files.Count > 40, "corpus/ and the dev-news articles are there");
        var random = new Random(20261203);
        var compared = 0;
        foreach (var file in files)
        {
            var text = DocumentReader.Read(file, File.ReadAllBytes(file)).Text;
            var tokens = Tokens(text);
            if (tokens.Count < 2)
            {
                continue;
            }
            for (var round = 0; round < 12; round++)
            {
                // A word, a word of each script, a two-word phrase as it stands in the text, and a prefix.
                var first = tokens[random.Next(tokens.Count)];
                var other = tokens[random.Next(tokens.Count)];
                var at = random.Next(tokens.Count - 1);
                var phrase = (tokens[at].Term, tokens[at + 1].Term);
                var prefix = other.Term[..Math.Min(2, other.Term.Length)];
                string[] terms = [first.Term, other.Term, phrase.Item1, phrase.Item2];

                var whole = Occurrences(text, [(0, text.Length)], terms, [prefix]);
                var stretches = Occurrences(text, Stretches(text, terms, [prefix]), terms, [prefix]);

                foreach (var term in terms)
                {
                    Assert.Equal(Spans(whole.Of(term)), Spans(stretches.Of(term)));
                }
                Assert.Equal(Spans(whole.WithPrefix(prefix)).Order(), Spans(stretches.WithPrefix(prefix)).Order());
                Assert.Equal(PhraseMatches(whole, phrase), PhraseMatches(stretches, phrase));
                compared++;
            }
        }
        Assert.True(compared > 400);
    }

    public void Dispose() => _analyzers.Dispose();

    private List<string> Read(string text, string[] terms) =>
        [.. Stretches(text, terms).Select(s => text[s.Start..s.End])];

    private List<(int Start, int End)> Stretches(string text, string[] terms, string[]? prefixes = null) =>
        WordStretches.Wanted(TextNormalizer.Default.Normalize(text).Text, terms.ToHashSet(StringComparer.Ordinal), prefixes ?? [], _analyzers.ProtectedTerms);

    private TermOccurrences Occurrences(string text, List<(int Start, int End)> stretches, string[] terms, string[]? prefixes = null) =>
        TermOccurrences.FromAnalysis(_analyzers.Words, IndexFields.Body, text, stretches, terms.ToHashSet(StringComparer.Ordinal), prefixes ?? []);

    private List<(string Term, int Start)> Tokens(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzers.Words.GetTokenStream(IndexFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset));
        }
        stream.End();
        return tokens;
    }

    private static List<string> Spans(IEnumerable<TermOccurrences.Occurrence> occurrences) =>
        [.. occurrences.Select(o => $"{o.Start}-{o.End}")];

    /// <summary>Where the second word stands right after the first.</summary>
    private static List<string> PhraseMatches(TermOccurrences found, (string First, string Second) phrase) =>
        [.. from a in found.Of(phrase.First)
            from b in found.Of(phrase.Second)
            where b.Position == a.Position + 1
            select $"{a.Start}-{b.End}"];
}
