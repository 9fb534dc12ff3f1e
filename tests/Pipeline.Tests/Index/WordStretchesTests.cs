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

    // Longer than the gap stretches are read across (64 characters), with no Latin letter.
    private static readonly string ChineseFiller = string.Concat(Enumerable.Repeat("稀土價格上漲，供應偏緊。", 8));

    private static readonly string EnglishFiller = string.Concat(Enumerable.Repeat("Prices rose as supply was tight. ", 3));

    [Fact]
    public void An_english_word_in_a_chinese_text_is_read_from_its_latin_stretches_only()
    {
        var text = "稀土精煉能力弱，2025年Lynas擴產。" + ChineseFiller + "澳洲 Lynas Rare Earths 精煉";

        var read = Read(text, ["lyna"]);

        Assert.Equal(["Lynas", "Lynas "], read);
    }

    [Fact]
    public void A_chinese_word_is_read_only_where_its_characters_stand()
    {
        var text = "稀土精煉能力弱，MP Materials 擴產。" + EnglishFiller + "鎵的精煉";

        var read = Read(text, ["精炼"]);

        Assert.Equal(["稀土精煉能力弱", "鎵的精煉"], read);
    }

    [Fact]
    public void An_english_word_is_read_from_the_words_that_can_be_it()
    {
        // refin is Porter's stem of refining and refined; happi of happy, whose y it rewrites.
        var text = "Refining capacity grew. " + EnglishFiller + "The refined oxide was sold. " + EnglishFiller + "Buyers were happy.";

        Assert.Equal(["Refining ", "refined "], Read(text, ["refin"]));
        Assert.Equal(["happy."], Read(text, ["happi"]));
        Assert.Equal(["refin", "refin"], Occurrences(text, Stretches(text, ["refin"]), ["refin"]).Of("refin").Select(_ => "refin"));
    }

    [Fact]
    public void Words_close_together_are_read_as_one_stretch_so_a_phrase_between_them_is_found()
    {
        var text = EnglishFiller + "Lynas Rare Earths and rare earth magnets. " + EnglishFiller;

        var read = Read(text, ["rare", "earth"]);

        Assert.Equal(["Rare Earths and rare earth "], read);
        var (first, second) = (text.IndexOf("Rare Earths", StringComparison.Ordinal), text.IndexOf("rare earth", StringComparison.Ordinal));
        Assert.Equal([$"{first}-{first + 11}", $"{second}-{second + 10}"], PhraseMatches(Occurrences(text, Stretches(text, ["rare", "earth"]), ["rare", "earth"]), ("rare", "earth")));
    }

    [Fact]
    public void Porters_stem_less_a_rewritten_last_letter_stands_in_the_word_it_came_from()
    {
        // What highlighting looks for in a text to find a stem (WordStretches.KeyOf): every ending
        // the stemmer rewrites, on a few stems, and every Latin word of the corpus and the dev-news articles.
        string[] stems = ["hop", "happ", "nob", "no", "sensi", "sensitiv", "relat", "conflat", "decen", "possib", "radic", "duplic", "organ", "generaliz", "formal", "ski", "dy", "agr", "fe", "i"];
        string[] endings = ["", "s", "es", "ies", "ss", "sses", "ed", "eed", "ing", "y", "ly", "ily", "ally", "ational", "tional", "enci", "ency", "anci", "ancy", "izer",
            "bli", "bly", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "ivity", "biliti", "bility",
            "logi", "logy", "icate", "ative", "alize", "iciti", "icity", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
            "ent", "ion", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "le", "ll", "ing's", "'s", "ating", "izing", "bling", "ated", "ility", "ilities", "ably", "ibly", "iness"];
        var words = stems.SelectMany(stem => endings.Select(ending => stem + ending)).ToList();
        words.AddRange(SeedCorpus.CorpusAndDevNewsFiles().Select(f => DocumentReader.Read(f, File.ReadAllBytes(f)).Text));
        var checkedTokens = 0;
        foreach (var text in words)
        {
            var normalized = TextNormalizer.Default.Normalize(text).Text;
            foreach (var (term, start, end) in TokensWithEnds(text).Where(t => !t.Term.Any(WordTokenizer.IsHan)))
            {
                var key = WordStretches.KeyOf(term);
                Assert.True(normalized.AsSpan(start, end - start).Contains(key, StringComparison.Ordinal), $"{term} from {normalized[start..end]}");
                checkedTokens++;
            }
        }
        Assert.True(checkedTokens > 10_000, $"{checkedTokens} tokens");
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

    private List<(string Term, int Start)> Tokens(string text) => [.. TokensWithEnds(text).Select(t => (t.Term, t.Start))];

    private List<(string Term, int Start, int End)> TokensWithEnds(string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = _analyzers.Words.GetTokenStream(IndexFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
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
