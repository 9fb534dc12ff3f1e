using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Index;
using Pipeline.Sources;
using Pipeline.Tests.Infrastructure;
using Pipeline.Text;

namespace Pipeline.Tests.Index;

/// <summary>
/// BigramTokenizer against the chain it replaced (<see cref="ReferenceBigramAnalyzer"/>): every
/// term, offset, position increment and type, and the final offset and increment, must agree.
/// </summary>
public sealed class BigramTokenizerTests : IDisposable
{
    // The news articles the search evaluation reads; they stay where they lie, outside the repository.

    private readonly BigramAnalyzer _bigrams = new(TextNormalizer.Default);
    private readonly ReferenceBigramAnalyzer _reference = new(TextNormalizer.Default);

    [Theory]
    [InlineData("稀土精煉", "稀土/0-2/+1/<DOUBLE> 土精/1-3/+1/<DOUBLE> 精炼/2-4/+1/<DOUBLE> end 4 +0")]
    [InlineData("MP Materials 稀土 and 釹", "稀土/13-15/+3/<DOUBLE> 钕/20-21/+2/<SINGLE> end 21 +0")]
    [InlineData("中\u00AD文 x", "中\u00AD/0-2/+1/<DOUBLE> \u00AD文/1-3/+1/<DOUBLE> end 5 +1")]
    [InlineData("𠀀𠀁，ＡＢ１", "𠀀𠀁/0-4/+1/<DOUBLE> end 8 +1")]
    public void Grams_carry_offsets_positions_and_types(string text, string expected)
    {
        Assert.Equal(expected, Transcript(_bigrams, text));
        Assert.Equal(expected, Transcript(_reference, text));
    }

    [Fact]
    public void Every_corpus_file_gives_the_reference_tokens()
    {
        var files = Directory.GetFiles(SeedCorpus.Folder);
        Assert.True(files.Length >= 10, "corpus/ holds the sample files");
        foreach (var file in files)
        {
            AssertSameAsRead(file);
        }
    }

    [Fact]
    public void Every_dev_news_article_gives_the_reference_tokens()
    {
        Assert.True(Directory.Exists(SeedCorpus.DevNewsFolder), SeedCorpus.DevNewsFolder + " holds the evaluation articles");
        var files = Directory.GetFiles(SeedCorpus.DevNewsFolder);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameAsRead(file);
        }
    }

    [Fact]
    public void Every_bmp_character_next_to_han_gives_the_reference_tokens()
    {
        // Each character before, between and after Han characters, alone, and doubled, so that
        // whatever joins, breaks or attaches differently shows up; 128 characters per text.
        for (var first = 0; first < 0x10000; first += 128)
        {
            var text = new StringBuilder();
            for (var c = first; c < first + 128; c++)
            {
                if (char.IsSurrogate((char)c))
                {
                    continue;
                }
                var s = ((char)c).ToString();
                text.Append('中').Append(s).Append('文').Append(s).Append(s).Append(" x").Append(s).Append('カ').Append(s).Append("한 ");
            }
            AssertSameAsReference(text.ToString(), $"characters U+{first:X4} to U+{first + 127:X4}");
        }
    }

    [Fact]
    public void Supplementary_characters_next_to_han_give_the_reference_tokens()
    {
        var planes = new[] { (0x10000, 0x2FFFF), (0xE0000, 0xE01EF) };
        foreach (var (firstInPlane, last) in planes)
        {
            for (var first = firstInPlane; first <= last; first += 256)
            {
                var text = new StringBuilder();
                for (var c = first; c < first + 256 && c <= last; c++)
                {
                    var s = char.ConvertFromUtf32(c);
                    text.Append('中').Append(s).Append('文').Append(s).Append(s).Append(" x").Append(s).Append(' ');
                }
                AssertSameAsReference(text.ToString(), $"characters U+{first:X5} on");
            }
        }
    }

    [Fact]
    public void Random_mixed_script_texts_give_the_reference_tokens()
    {
        var random = new Random(12);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random, random.Next(1, 60));
            AssertSameAsReference(text, $"random text {i}: {Escape(text)}");
        }
    }

    [Fact]
    public void Texts_longer_than_the_read_buffer_give_the_reference_tokens()
    {
        var random = new Random(35);
        for (var i = 0; i < 20; i++)
        {
            var text = RandomText(random, random.Next(4000, 8000));
            Assert.True(text.Length > 4096, "a long text passes 4 KB");
            AssertSameAsReference(text, $"long random text {i}");
        }
        AssertSameAsReference(string.Concat(Enumerable.Repeat("稀土永磁，", 3000)), "a long Chinese text");
        var katakana = new string('カ', 300);
        var latin = new string('a', 300);
        foreach (var text in new[] { katakana + "中文" + latin + "中", latin + " b 中 " + latin, "中 " + katakana + " " + latin, "中" + latin + " " + katakana })
        {
            AssertSameAsReference(text, "over-long tokens " + text.Length);
        }
    }

    [Theory]
    [InlineData("U.S.", 1)]
    [InlineData("3.5%", 1)]
    [InlineData("1,000,000", 1)]
    [InlineData("don't", 1)]
    [InlineData("a_b", 1)]
    [InlineData("x:y", 1)]
    [InlineData("..", 0)]
    [InlineData("'s", 1)]
    [InlineData("__", 0)]
    [InlineData("1:2", 2)]
    [InlineData("a.1", 2)]
    [InlineData("a1.5b", 1)]
    [InlineData("1_.2", 2)]
    [InlineData("a,b", 2)]
    [InlineData("1;2", 1)]
    [InlineData(" e.g.: MP-Materials ", 3)]
    [InlineData("１，０００", 1)]
    [InlineData("2’5", 1)]
    [InlineData("a，b", 2)]
    [InlineData("U.S.é", 1)]
    [InlineData("don't café", 2)]
    [InlineData("a\u0301b c", 2)]
    [InlineData("x \u05D0\"\u05D1 y", 3)]
    [InlineData("abc_カナ", 1)]
    public void Latin_words_between_han_take_one_position_each(string between, int words)
    {
        var text = "中" + between + "文";
        var expected = $"中/0-1/+1/<SINGLE> 文/{text.Length - 1}-{text.Length}/+{1 + words}/<SINGLE> end {text.Length} +0";
        Assert.Equal(expected, Transcript(_reference, text));
        Assert.Equal(expected, Transcript(_bigrams, text));
    }

    [Fact]
    public void Every_character_counted_without_the_scanner_joins_as_the_scanner_joins()
    {
        // Each character words are counted through, between and beside letters, digits and
        // connectors, where it could join them or not.
        var counted = Enumerable.Range(0, 0x80).Concat(CountedPunctuation.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)));
        foreach (var block in counted.Chunk(64))
        {
            var text = new StringBuilder();
            foreach (var c in block.Select(c => ((char)c).ToString()))
            {
                foreach (var context in (string[])["a{0}b", "1{0}2", "a{0}2", "1{0}b", "_{0}a", "a{0}_", "a{0}{0}b", "1{0}{0}2", "{0}a", "a{0}", "{0}"])
                {
                    text.Append('中').Append(context.Replace("{0}", c, StringComparison.Ordinal));
                }
            }
            text.Append('文');
            AssertSameAsReference(text.ToString(), $"characters U+{block[0]:X4} to U+{block[^1]:X4}");
        }
    }

    [Fact]
    public void Words_about_the_length_limit_give_the_reference_tokens()
    {
        // StandardTokenizer skips a word over 255 characters; counting leaves such words to it.
        foreach (var length in new[] { 254, 255, 256, 257 })
        {
            foreach (var word in new[] { new string('a', length), new string('7', length), "_" + new string('b', length - 2) + "_", string.Concat(Enumerable.Repeat("a.", length / 2)) })
            {
                AssertSameAsReference("中" + word + "文 " + word + " x中", $"a word of {word.Length} characters");
            }
        }
    }

    [Fact]
    public void Random_latin_words_numbers_and_punctuation_between_han_give_the_reference_tokens()
    {
        var random = new Random(2026);
        for (var i = 0; i < 30_000; i++)
        {
            var text = RandomPlainText(random, random.Next(1, 80));
            AssertSameAsReference(text, $"random plain text {i}: {Escape(text)}");
        }
    }

    [Fact]
    public void A_reused_tokenizer_starts_afresh_on_each_text()
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, 50).Select(_ => RandomText(random, random.Next(0, 40))).ToList();
        var expected = texts.Select(t => Transcript(_reference, t)).ToList();
        Assert.Equal(expected, texts.Select(t => Transcript(_bigrams, t)).ToList());
    }

    public void Dispose()
    {
        _bigrams.Dispose();
        _reference.Dispose();
    }

    /// <summary>The text ingestion indexes (main text of a page, text layer of a PDF), and a text file as it is.</summary>
    private void AssertSameAsRead(string file)
    {
        var content = File.ReadAllBytes(file);
        AssertSameAsReference(DocumentReader.Read(file, content).Text, file);
        if (!content.AsSpan().StartsWith("%PDF-"u8))
        {
            AssertSameAsReference(TextDecoder.Decode(content), file + " as decoded");
        }
    }

    private void AssertSameAsReference(string text, string what)
    {
        var expected = Transcript(_reference, text).Split(' ');
        var actual = Transcript(_bigrams, text).Split(' ');
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }
        if (at < expected.Length || at < actual.Length)
        {
            Assert.Fail($"{what}: token {at} differs ({Escape(string.Join(" ", expected.Take(at + 1).TakeLast(3)))}), expected {Escape(expected.ElementAtOrDefault(at) ?? "(none)")}, got {Escape(actual.ElementAtOrDefault(at) ?? "(none)")}");
        }
    }

    /// <summary>Every token as term/start-end/+increment/type, then the final offset and increment.</summary>
    private static string Transcript(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.BodyBigrams, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}/{offset.StartOffset}-{offset.EndOffset}/+{increment.PositionIncrement}/{type.Type}");
        }
        stream.End();
        tokens.Add($"end {offset.EndOffset} +{increment.PositionIncrement}");
        return string.Join(" ", tokens);
    }

    // Pieces that each exercise a rule: Han (Simplified, Traditional, extension A and B, compatibility),
    // kana and Hangul, Latin words and numbers with the marks that join them, spaces and line
    // breaks, full-width forms, and characters that attach to the one before.
    private static readonly string[] Pieces =
    [
        "中", "文", "稀", "土", "釹", "鐵", "硼", "發", "㐀", "䶵", "𠀀", "𠀁", "𪜀", "豈", "鿌", "鿍", "々", "〇",
        "か", "な", "カ", "タ", "ー", "ｶ", "ﾞ", "한", "국", "ᄀ", "ᅡ",
        "a", "Z", "rare", "earth", "don't", "U.S.", "3.14", "1,000", "_", "x_y", "é", "ß",
        " ", "  ", "\n", "\r\n", "\t", "\u3000",
        "，", "。", "、", "「", "」", "（", "）", "：", "；", ".", ",", "'", "\"", "-", ":", "!", "?", "%", "$",
        "Ａ", "ｂ", "１", "２", "．", "＿",
        "\u0301", "\u00AD", "\u200D", "\u200B", "\uFE00", "\U000E0100", "\u3099", "\u302A",
        "\uD840", "\uDC00", "ก", "ไทย", "α", "Ж", "٣",
    ];

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            // Han half the time, as in the corpus, so that runs of several characters are common.
            text.Append(random.Next(2) == 0 ? Pieces[random.Next(10)] : Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }

    // The punctuation of Chinese text that words are counted through besides ASCII.
    private static readonly (int First, int Last)[] CountedPunctuation =
    [
        (0x3000, 0x3004), (0x3008, 0x3011), (0x3014, 0x301F), (0xFF01, 0xFF0F), (0xFF1A, 0xFF20),
        (0xFF3B, 0xFF40), (0xFF5B, 0xFF64), (0x2010, 0x2027), (0x2030, 0x205E),
    ];

    // The marks that join letters or digits (or are easily taken for such), weighted heavily, and
    // characters counting must leave to the scanner: a Latin letter and a digit outside ASCII, a
    // combining mark, a format character, kana, Hangul, a Hebrew letter (which a double quote joins).
    private static readonly string[] PlainPieces =
    [
        "'", "'", ".", ".", ",", ",", ":", ":", ";", ";", "_", "_", "__", "\"", " ", " ", "\n", "\r\n",
        "\u2019", "\uFF0C", "\uFF0E", "\uFF1A", "\uFF1B", "\uFF3F", "\u2027", "\u203F", "\u3001", "\u3002",
        "é", "\u0301", "\u200D", "カ", "한", "\u05D0", "１",
    ];

    /// <summary>Latin words, numbers, every ASCII punctuation mark, the joining marks above all, between Han characters.</summary>
    private static string RandomPlainText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    text.Append(random.Next(3) == 0 ? "中" : "中文");
                    break;
                case 1 or 2:
                    text.Append(RandomRun(random, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
                    break;
                case 3 or 4:
                    text.Append(RandomRun(random, "0123456789"));
                    break;
                case 5 or 6:
                    text.Append((char)random.Next(0x20, 0x7F));
                    break;
                default:
                    text.Append(PlainPieces[random.Next(PlainPieces.Length)]);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>Mostly a short run; now and then one near StandardTokenizer's length limit of 255.</summary>
    private static string RandomRun(Random random, string alphabet)
    {
        var length = random.Next(200) == 0 ? random.Next(250, 262) : random.Next(1, 5);
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c is '\u00AD' or '\u200B' or '\u200D' ? $"\\u{(int)c:X4}" : c.ToString()));
}
