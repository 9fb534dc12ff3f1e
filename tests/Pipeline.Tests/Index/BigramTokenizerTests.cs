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
    private const string DevNewsFolder = "/work/shared/eval/dev-news/articles";

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
        Assert.True(Directory.Exists(DevNewsFolder), DevNewsFolder + " holds the evaluation articles");
        var files = Directory.GetFiles(DevNewsFolder);
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

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c is '\u00AD' or '\u200B' or '\u200D' ? $"\\u{(int)c:X4}" : c.ToString()));
}
