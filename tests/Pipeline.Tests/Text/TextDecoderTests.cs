using System.Text;
using Pipeline.Sources;
using Pipeline.Text;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Text;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // 004 is Traditional and every character of it has a Big5 code.
    private static readonly string Traditional = SeedCorpus.Read("004");
    private static readonly string Simplified = SeedCorpus.Read("001");

    [Fact]
    public void Traditional_seed_round_trips_through_big5()
    {
        var big5 = Strict("big5");
        Assert.Equal(Traditional, big5.GetString(big5.GetBytes(Traditional)));
    }

    [Fact]
    public void Utf8_utf8_bom_utf16_and_big5_copies_decode_to_the_same_text()
    {
        byte[][] copies =
        [
            Encoding.UTF8.GetBytes(Traditional),
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Traditional)],
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Traditional)],
            [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Traditional)],
            [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Traditional)],
            Strict("big5").GetBytes(Traditional),
        ];
        foreach (var bytes in copies)
        {
            Assert.Equal(Traditional, TextDecoder.Decode(bytes));
        }
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("gbk")]
    public void Simplified_seed_in_a_gb_encoding_decodes_to_the_same_text(string encoding)
    {
        var bytes = Strict(encoding).GetBytes(Simplified);
        Assert.Equal(Simplified, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Gb18030_copy_of_a_traditional_article_decodes_too()
    {
        var bytes = Strict("gb18030").GetBytes(Traditional);
        Assert.Equal(Traditional, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_by_its_zero_bytes()
    {
        const string text = "Rare earth prices, 2025年10月9日: NdPr at 110 USD/kg.\nSecond line.";
        Assert.Equal(text, TextDecoder.Decode(Encoding.Unicode.GetBytes(text)));
        Assert.Equal(text, TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(text)));
    }

    [Fact]
    public void Utf16_without_bom_holding_only_chinese_is_recognised_by_its_high_bytes()
    {
        const string text = "稀土价格上涨，中国商务部宣布暂停出口管制措施。稀土價格上漲，商務部宣佈暫停。";
        Assert.Equal(text, TextDecoder.Decode(Encoding.Unicode.GetBytes(text)));
        Assert.Equal(text, TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(text)));
    }

    [Theory]
    [InlineData("Pentagon deal\n\nThe Pentagon guaranteed a minimum price for the miner's oxide for ten years.\n")]
    [InlineData("mp materials raised output again this quarter, said the company's filing")]
    public void English_whose_letters_look_like_cjk_high_bytes_stays_english(string text)
    {
        // Read two bytes at a time, lower-case letters (0x61-0x7A) fall in the range of CJK characters' high bytes.
        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Byte_order_mark_is_stripped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "稀土"u8];
        Assert.Equal("稀土", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Binary_content_is_rejected()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        png.CopyTo(bytes, 0);

        var error = Assert.Throws<SourceReadException>(() => TextDecoder.Decode(bytes));
        Assert.Equal("binary content, not text", error.Message);
    }

    [Fact]
    public void Text_full_of_control_characters_is_rejected_as_binary()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("ab\u0001\u0002cd\u001B", 100)));
        var error = Assert.Throws<SourceReadException>(() => TextDecoder.Decode(bytes));
        Assert.Equal("binary content, not text", error.Message);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Empty_input_is_rejected(byte[] bytes)
    {
        var error = Assert.Throws<SourceReadException>(() => TextDecoder.Decode(bytes));
        Assert.Equal("empty file", error.Message);
    }

    [Theory]
    [InlineData(" \n\t\r\n ")]
    [InlineData("\u3000\u3000\n")]
    [InlineData("\uFEFF \n")]
    public void Whitespace_only_input_is_rejected(string text)
    {
        var error = Assert.Throws<SourceReadException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("no text: only whitespace", error.Message);
    }

    [Fact]
    public void Bytes_of_no_known_encoding_are_rejected()
    {
        // Windows-1252 text: invalid UTF-8, and no Chinese encoding makes sense of it.
        var bytes = new byte[600];
        var random = new Random(11);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)random.Next(0x80, 0x100);
        }
        var error = Assert.Throws<SourceReadException>(() => TextDecoder.Decode(bytes));
        Assert.Equal("undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5", error.Message);
    }

    /// <summary>
    /// Every Chinese article of the corpus and of the real articles, in GB18030 and, where each of its
    /// characters has a code there, in Big5: each decodes to its text, whether the multi-byte probers
    /// are sure of it alone or the whole detector is asked (a short file).
    /// </summary>
    [Fact]
    public void Every_chinese_article_in_gb18030_or_big5_decodes_to_its_text()
    {
        var decoded = 0;
        foreach (var text in PlainTextArticles().Where(t => t.Count(c => c >= '\u4E00' && c <= '\u9FFF') > 100))
        {
            foreach (var encoding in new[] { "gb18030", "big5" })
            {
                byte[] bytes;
                try
                {
                    bytes = Strict(encoding).GetBytes(text);
                }
                catch (EncoderFallbackException)
                {
                    continue; // a Simplified character, or one Big5 never coded
                }
                Assert.Equal(text, TextDecoder.Decode(bytes));
                decoded++;
            }
        }
        Assert.True(decoded >= 25, $"only {decoded} copies decoded");
    }

    /// <summary>
    /// The Chinese characters and punctuation of every Chinese article, in UTF-16 without a byte-order
    /// mark and so without a zero byte: read as UTF-16, not taken by a multi-byte prober for GB18030 or Big5.
    /// </summary>
    [Fact]
    public void Chinese_alone_in_utf16_without_bom_is_never_taken_for_a_legacy_encoding()
    {
        var decoded = 0;
        foreach (var article in PlainTextArticles())
        {
            var chinese = new string([.. article.Where(c => c >= '\u3000' && (c & 0xFF) != 0 && (c >> 8) != 0 && !char.IsSurrogate(c))]);
            if (chinese.Length < 200)
            {
                continue;
            }
            Assert.Equal(chinese, TextDecoder.Decode(Encoding.Unicode.GetBytes(chinese)));
            Assert.Equal(chinese, TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(chinese)));
            decoded++;
        }
        Assert.True(decoded >= 15, $"only {decoded} articles decoded");
    }

    /// <summary>Text in single-byte encodings of other scripts, and in Japanese and Korean ones: refused, never read as Chinese.</summary>
    [Theory]
    [InlineData("windows-1251", "Экспорт редкоземельных металлов из Китая вырос на двадцать процентов, сообщает министерство торговли. ")]
    [InlineData("koi8-r", "Экспорт редкоземельных металлов из Китая вырос на двадцать процентов, сообщает министерство торговли. ")]
    [InlineData("iso-8859-7", "Οι εξαγωγές σπάνιων γαιών από την Κίνα αυξήθηκαν κατά είκοσι τοις εκατό, ανακοίνωσε το υπουργείο. ")]
    [InlineData("windows-1255", "הייצוא של מתכות אדמה נדירות מסין עלה בעשרים אחוז, כך מסר משרד המסחר. ")]
    [InlineData("windows-1254", "Çin'den nadir toprak elementleri ihracatı yüzde yirmi arttı, ticaret bakanlığı açıkladı. ")]
    [InlineData("windows-1252", "Les exportations de terres rares de Chine ont augmenté de vingt pour cent, a déclaré le ministère. ")]
    [InlineData("windows-874", "การส่งออกแร่หายากจากจีนเพิ่มขึ้นร้อยละยี่สิบ กระทรวงพาณิชย์ระบุ ")]
    [InlineData("shift_jis", "中国からのレアアース輸出は二十パーセント増加したと商務省が発表した。")]
    [InlineData("euc-jp", "中国からのレアアース輸出は二十パーセント増加したと商務省が発表した。")]
    [InlineData("euc-kr", "중국의 희토류 수출이 20퍼센트 증가했다고 상무부가 발표했다. ")]
    public void Text_in_another_scripts_legacy_encoding_is_refused(string encoding, string sentence)
    {
        var bytes = Strict(encoding).GetBytes(string.Concat(Enumerable.Repeat(sentence, 20)));

        var error = Assert.Throws<SourceReadException>(() => TextDecoder.Decode(bytes));

        Assert.Equal("undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5", error.Message);
    }

    private static IEnumerable<string> PlainTextArticles() =>
        SeedCorpus.CorpusAndDevNewsFiles().Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Select(File.ReadAllText);

    private static Encoding Strict(string name) =>
        Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
