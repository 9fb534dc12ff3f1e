using Pipeline.Text;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Text;

public sealed class TextCleanerTests
{
    [Fact]
    public void Paragraphs_are_separated_by_one_blank_line_whatever_the_source_used()
    {
        var text = "第一段。\r\n第二段。\r\n\r\n\r\n第三段。\r第四段。   \n\n";
        Assert.Equal("第一段。\n\n第二段。\n\n第三段。\n\n第四段。", TextCleaner.Clean(text));
    }

    [Fact]
    public void Whitespace_around_paragraphs_goes_and_characters_stay_as_written()
    {
        var text = "\u3000\u3000美國防部為ＭＰ　Materials提供每公斤110美元的價格下限。 \t\n";
        Assert.Equal("美國防部為ＭＰ　Materials提供每公斤110美元的價格下限。", TextCleaner.Clean(text));
    }

    [Fact]
    public void Long_cjk_line_broken_mid_sentence_is_joined_without_a_space()
    {
        var text = "10月25日至26日,在吉隆坡舉行的中美經貿磋商,核心議題包括美對華海事物流和造船業301措施、延長對等關稅\n"
            + "暫停期、芬太尼關稅和執法合作、農產品貿易、出口管制等。";
        Assert.Equal(
            "10月25日至26日,在吉隆坡舉行的中美經貿磋商,核心議題包括美對華海事物流和造船業301措施、延長對等關稅暫停期、芬太尼關稅和執法合作、農產品貿易、出口管制等。",
            TextCleaner.Clean(text));
    }

    [Fact]
    public void Line_starting_with_an_enumeration_comma_continues_the_line_before()
    {
        var text = "2016年,中國鋁業\n、廈門鎢業\n、北方稀土(大股東為包鋼集團)、南方稀土組建完成。";
        Assert.Equal("2016年,中國鋁業、廈門鎢業、北方稀土(大股東為包鋼集團)、南方稀土組建完成。", TextCleaner.Clean(text));
    }

    [Fact]
    public void Latin_words_split_inside_chinese_text_are_joined_with_a_space()
    {
        var text = "7月,美國國防部以4億美元優先股投資成為MP\nMaterials最大股東。\n從歷史來看,美國1949年在芒廷帕斯礦山(Mountain\nPass)發現輕稀土。";
        Assert.Equal(
            "7月,美國國防部以4億美元優先股投資成為MP Materials最大股東。\n\n從歷史來看,美國1949年在芒廷帕斯礦山(Mountain Pass)發現輕稀土。",
            TextCleaner.Clean(text));
    }

    [Fact]
    public void Hard_wrapped_english_is_rejoined_with_spaces_and_hyphens_kept()
    {
        var text = """
            Weekly note

            On July 10 the Department of Defense agreed to put $400 million into MP
            Materials in the form of convertible preferred stock and warrants, which
            makes it the biggest shareholder. The company said its magnet supply-
            chain plans for the so-called 10X facility were on track, and that a $150
            million loan would pay for heavy rare earth separation in California.

            Lynas, the other large producer outside China, has separated dysprosium
            in Malaysia since May and terbium since June, ahead of its own targets.
            """;
        var paragraphs = TextCleaner.Clean(text).Split("\n\n");

        Assert.Equal(3, paragraphs.Length);
        Assert.Equal("Weekly note", paragraphs[0]);
        Assert.Contains("put $400 million into MP Materials in the form", paragraphs[1]);
        Assert.Contains("magnet supply-chain plans", paragraphs[1]);
        Assert.Contains("a $150 million loan", paragraphs[1]);
        Assert.StartsWith("Lynas, the other large producer outside China, has separated dysprosium in Malaysia", paragraphs[2]);
    }

    [Fact]
    public void Hard_wrapped_text_without_blank_lines_joins_full_lines_and_keeps_headings()
    {
        var text = """
            Operations
            The chain begins at Mount Weld, a high-grade deposit near Laverton in Western
            Australia, where ore is mined and concentrated. Until recently the concentrate
            was shipped directly to Malaysia for cracking, leaching and separation there.
            Heavy rare earths
            In May 2025 Lynas announced that it had produced its first dysprosium oxide
            at the Malaysian plant, using a new heavy rare earth separation circuit.
            """;
        Assert.Equal(
            "Operations\n\n"
            + "The chain begins at Mount Weld, a high-grade deposit near Laverton in Western Australia, where ore is mined and concentrated. Until recently the concentrate was shipped directly to Malaysia for cracking, leaching and separation there.\n\n"
            + "Heavy rare earths\n\n"
            + "In May 2025 Lynas announced that it had produced its first dysprosium oxide at the Malaysian plant, using a new heavy rare earth separation circuit.",
            TextCleaner.Clean(text));
    }

    [Theory]
    [InlineData("一、中方刚表态:最新反制举措纲要(背景与重点)", "在 2025 年 10 月,中国商务部宣布对稀土出口与技术环节实行更严格的新限制。主要包括:")]
    [InlineData("關鍵一躍", "稀土,不是真的土,而是化學元素周期表中鑭系元素加上與之相關的鈧、釔等17種元素的總稱。")]
    [InlineData("垃圾堆中寻宝贝,超级大国丢颜面", "美国自救方式挺尴尬,从2023年起就盯上电子垃圾回收稀土,手机电脑电视里那点微量金属,也得抠出来用。")]
    [InlineData("A. 法律 /法规 /政策框架:Critical Raw Materials Act", "欧盟自 2024 年启动 《关键原材料法案》(Critical Raw Materials Act, CRM Act)。")]
    [InlineData("Borrowed from Washington", "The design of the 0.1% rule closely mirrors the US foreign direct product rule.")]
    public void Heading_is_not_joined_to_the_paragraph_after_it(string heading, string paragraph)
    {
        Assert.Equal(heading + "\n\n" + paragraph, TextCleaner.Clean(heading + "\n" + paragraph));
    }

    [Fact]
    public void List_items_stay_apart()
    {
        var text = "主要包括:\n对 海外国防 / 军事用途单位 的稀土出口许可全部拒批;\n对半导体 / 高技术用途的申请实行 Case-by-case 审查;\n"
            + "2.1 美国 / 北美战略\nA. 支持本土矿产 + 加工 / 精炼建设\n1) THE PENTAGON DEAL. On July 10 the Department of Defense agreed\n- a bullet";
        Assert.Equal(7, TextCleaner.Clean(text).Split("\n\n").Length);
    }

    [Fact]
    public void Title_and_date_lines_stay_apart_in_hard_wrapped_text()
    {
        var text = """
            A $110 floor in a $60 market: who is building rare-earth supply outside China
            Published: 2025-10-20

            The most important number in the Western rare-earth business this year
            is not a tonnage but a price. In July the US Department of Defense
            guaranteed MP Materials a minimum of $110 per kilogram for its
            neodymium-praseodymium (NdPr) oxide for ten years, and the same oxide
            was trading inside China at roughly 60 USD/kg at the time of the deal.
            """;
        var paragraphs = TextCleaner.Clean(text).Split("\n\n");
        Assert.Equal("A $110 floor in a $60 market: who is building rare-earth supply outside China", paragraphs[0]);
        Assert.Equal("Published: 2025-10-20", paragraphs[1]);
        Assert.Contains("a minimum of $110 per kilogram for its neodymium-praseodymium (NdPr) oxide", paragraphs[2]);
    }

    [Fact]
    public void Rows_of_a_table_without_leading_bars_stay_lines_in_hard_wrapped_text()
    {
        var text = "各矿区的产量如下表所示，单位\n为公吨\n矿区 | 2023 | 2024 |\n甲矿区 | 1,200 | 1,500 |\n乙矿区 | 300 | 0 |\n\n表后的说明文字。";
        var lines = TextCleaner.Clean(text).Split("\n\n");
        Assert.Equal(["各矿区的产量如下表所示，单位为公吨", "矿区 | 2023 | 2024 |", "甲矿区 | 1,200 | 1,500 |", "乙矿区 | 300 | 0 |", "表后的说明文字。"], lines);
    }

    [Fact]
    public void Paragraph_repeated_verbatim_is_dropped_and_the_first_kept()
    {
        var text = "Paragraph one says something.\nParagraph two says more.\n\nParagraph one says something.\nParagraph three.";
        Assert.Equal("Paragraph one says something.\n\nParagraph two says more.\n\nParagraph three.", TextCleaner.Clean(text));
    }

    [Fact]
    public void Short_repeated_lines_are_kept()
    {
        var text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n| c | d |\n|---|---|\n| 3 | 4 |";
        Assert.Equal(2, TextCleaner.Clean(text).Split("|---|---|").Length - 1);
    }

    [Fact]
    public void Seed_with_a_repeated_block_comes_out_without_the_repeat()
    {
        var seed = SeedCorpus.Read("000");
        var cleaned = TextCleaner.Clean(seed);
        var sourceLines = seed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // Lines 2-9 of the seed come again as lines 13-20.
        Assert.Equal(sourceLines[1..9], sourceLines[12..20]);
        Assert.Equal(sourceLines.Length - 8, cleaned.Split("\n\n").Length);
        Assert.Single(AllIndexesOf(cleaned, "拓展控制对象,不只是稀土氧化物与磁体"));
        Assert.Contains("A. 支持本土矿产 + 加工 / 精炼建设\n\n西方国家面对中国稀土主导地位", cleaned);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void Seeds_without_broken_lines_keep_one_paragraph_per_line(string seed)
    {
        var text = SeedCorpus.Read(seed);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(string.Join("\n\n", lines), TextCleaner.Clean(text));
    }

    [Fact]
    public void Seed_with_lines_broken_mid_sentence_is_rejoined()
    {
        var cleaned = TextCleaner.Clean(SeedCorpus.Read("004"));

        Assert.Contains("延長對等關稅暫停期、芬太尼關稅", cleaned);
        Assert.Contains("2016年,中國鋁業、廈門鎢業、北方稀土", cleaned);
        Assert.Contains("芒廷帕斯礦山(Mountain Pass)發現輕稀土", cleaned);
        Assert.Contains("《稀土磁材行業動態報告:MP MATERIALS的前世今生》梳理過", cleaned);
        Assert.Contains("投資成為MP Materials最大股東,並約定按每公斤110美元的價格下限收購MP Materials生產的鐠釹氧化物", cleaned);
        Assert.Contains("關鍵一躍\n\n稀土,不是真的土", cleaned);
    }

    [Fact]
    public void Corpus_newsletter_wrapped_at_70_columns_is_rejoined()
    {
        var cleaned = TextCleaner.Clean(File.ReadAllText(Path.Combine(SeedCorpus.Folder, "en_05_rare-earth-weekly-newsletter.txt")));

        Assert.Contains("put $400 million into MP Materials in the form of", cleaned);
        Assert.Contains("a $150 million loan for heavy rare earth separation", cleaned);
        Assert.StartsWith("RARE EARTH WEEKLY - Issue 29: Floors, offtakes and a new industrial policy\n\nJuly 22, 2025\n\nGood morning.", cleaned);
        Assert.DoesNotContain("\n\nwhether MP", cleaned);
    }

    [Fact]
    public void Empty_and_blank_text_cleans_to_nothing()
    {
        Assert.Equal("", TextCleaner.Clean(""));
        Assert.Equal("", TextCleaner.Clean(" \n\r\n\t\n"));
    }

    private static IEnumerable<int> AllIndexesOf(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
