using Pipeline.Index;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Index;

/// <summary>The word field with each Han character a word (config/index.yaml: chinese_analyzer: characters, the default).</summary>
public sealed class CharacterSegmenterTests : IDisposable
{
    private readonly IndexAnalyzers _characters = IndexAnalyzers.CreateDefault(new ProtectedTerms(["特朗普", "mp材料"]), ChineseSegmenter.Characters);
    private readonly IndexAnalyzers _icu = IndexAnalyzers.CreateDefault(new ProtectedTerms(["特朗普", "mp材料"]), ChineseSegmenter.Icu);

    [Fact]
    public void Each_han_character_is_a_word_in_either_script()
    {
        Assert.Equal("稀 土 精 炼 产 能", _characters.Words.Terms("稀土精炼产能"));
        Assert.Equal(_characters.Words.Terms("稀土精炼产能"), _characters.Words.Terms("稀土精煉產能"));
    }

    [Theory]
    [InlineData("MP Materials，稀土：95。", "mp materi 稀 土 95")]
    [InlineData("3500萬美元", "3500 万 美 元")]
    [InlineData("每磅110美元的NdPr氧化物", "每 磅 110 美 元 的 ndpr 氧 化 物")]
    [InlineData("The refining capacity of China's 稀土", "refin capac china 稀 土")]
    public void Words_between_han_characters_are_read_as_in_english_text(string text, string expected)
    {
        Assert.Equal(expected, _characters.Words.Terms(text));
    }

    [Fact]
    public void Protected_lexicon_terms_stay_whole_across_scripts()
    {
        var terms = _characters.Words.Terms("美国特朗普政府与MP材料公司").Split(' ');
        Assert.Contains("特朗普", terms);
        Assert.Contains("mp材料", terms);
        Assert.DoesNotContain("朗", terms);
    }

    [Theory]
    [InlineData("特朗普", "特朗普")]
    [InlineData("特朗普。", "特朗普")]
    [InlineData("是特朗普", "是 特朗普")]
    [InlineData("特别的特", "特 别 的 特")]
    [InlineData("特朗", "特 朗")]
    [InlineData("MP材料", "mp材料")]
    [InlineData("MP和材料", "mp 和 材 料")]
    public void A_term_is_glued_only_where_its_first_two_characters_stand(string text, string expected)
    {
        Assert.Equal(expected, _characters.Words.Terms(text));
    }

    [Fact]
    public void A_term_may_start_only_at_its_first_two_characters()
    {
        var terms = new ProtectedTerms(["特朗普", "mp材料"]);

        Assert.True(terms.MayStart("特朗普"));
        Assert.True(terms.MayStart("特朗"));
        Assert.True(terms.MayStart("mp材"));
        Assert.False(terms.MayStart("特别"));
        Assert.False(terms.MayStart("特"));
        Assert.False(terms.MayStart("朗普"));
        Assert.False(ProtectedTerms.None.MayStart("特朗普"));
    }

    [Fact]
    public void Offsets_point_into_the_original_traditional_text()
    {
        const string original = "澳洲萊納斯稀土公司";
        var tokens = _characters.Words.Tokens(original);

        Assert.Equal(original.Length, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(1, t.End - t.Start));
        Assert.Equal(("莱", 2, 3), tokens[2]);
    }

    /// <summary>
    /// The words without a Han character are ICU's own, in the same order and at the same places, on
    /// every line of the corpus and of the real articles: reading the stretches between Han characters
    /// alone changes none of them.
    /// </summary>
    [Fact]
    public void Outside_han_characters_the_words_are_those_icu_gives_the_whole_text()
    {
        var lines = SeedCorpus.CorpusAndDevNewsFiles().SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        var compared = 0;
        foreach (var line in lines)
        {
            var ours = _characters.Words.Tokens(line);
            Assert.Equal(Latin(_icu.Words.Tokens(line)), Latin(ours));
            Assert.Equal(line.Count(WordTokenizer.IsHan), ours.Count(t => t.Term.Length == 1 && WordTokenizer.IsHan(t.Term[0])) + GluedHan(ours));
            compared += ours.Count;
        }
        Assert.True(compared > 10_000, $"only {compared} words compared");

        static List<(string, int, int)> Latin(List<(string Term, int Start, int End)> tokens) => [.. tokens.Where(t => !t.Term.Any(WordTokenizer.IsHan))];

        static int GluedHan(List<(string Term, int Start, int End)> tokens) =>
            tokens.Where(t => t.Term.Length > 1).Sum(t => t.Term.Count(WordTokenizer.IsHan));
    }

    [Fact]
    public void The_index_of_the_text_leaves_lone_han_characters_out_and_keeps_their_positions()
    {
        const string text = "美国特朗普政府与MP材料公司 refining capacity";

        Assert.Equal(
            [("特朗普", 2, 5, 3), ("mp材料", 8, 12, 4), ("refin", 15, 23, 3), ("capac", 24, 32, 1)],
            _characters.Indexing.TokensWithIncrements(text, IndexFields.Body));
        // Queries read every character; so does the title's index, for a query's phrase of characters.
        Assert.Equal("美 国 特朗普 政 府 与 mp材料 公 司 refin capac", _characters.Words.Terms(text));
        Assert.Equal(_characters.Words.Terms(text, IndexFields.Title), _characters.Indexing.Terms(text, IndexFields.Title));
        // A segmenter's words are indexed as queries read them.
        Assert.Equal(_icu.Words.Terms(text), _icu.Indexing.Terms(text, IndexFields.Body));
    }

    [Fact]
    public void The_index_of_the_bigram_field_ends_each_run_with_its_last_character_alone()
    {
        Assert.Equal(
            [("稀土", 0, 2, 1), ("土精", 1, 3, 1), ("精炼", 2, 4, 1), ("炼", 3, 4, 0), ("中", 5, 6, 1)],
            _characters.Indexing.TokensWithIncrements("稀土精煉。中", IndexFields.BodyBigrams));
        // A query's run is a phrase of its pairs only.
        Assert.Equal("稀土 土精 精炼", _characters.Bigrams.Terms("稀土精煉", IndexFields.BodyBigrams));
        Assert.Equal("稀土 土精 精炼", _icu.Indexing.Terms("稀土精煉", IndexFields.BodyBigrams));
    }

    /// <summary>What a query for one character relies on: each place it stands starts a gram of the bigram field's index.</summary>
    [Fact]
    public void Every_han_character_of_the_texts_starts_a_gram_of_the_index()
    {
        var characters = 0;
        foreach (var line in SeedCorpus.CorpusAndDevNewsFiles().SelectMany(File.ReadLines))
        {
            var starts = _characters.Indexing.Tokens(line, IndexFields.BodyBigrams).Select(t => t.Start).ToHashSet();
            for (var i = 0; i < line.Length; i++)
            {
                if (WordTokenizer.IsHan(line[i]))
                {
                    Assert.True(starts.Contains(i), $"{line[i]} at {i} of \"{line}\" starts no gram");
                    characters++;
                }
            }
        }
        Assert.True(characters > 10_000, $"only {characters} characters");
    }

    public void Dispose()
    {
        _characters.Dispose();
        _icu.Dispose();
    }
}
