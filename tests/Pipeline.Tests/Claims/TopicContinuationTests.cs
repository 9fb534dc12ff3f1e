using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Figures in sentences that name no one but go on about the company before (sentences in the team's own words).</summary>
public sealed class TopicContinuationTests
{
    [Theory]
    [InlineData("莱纳斯在马来西亚运营一座分离厂。工厂自2015年起运营，主要处理轻稀土。")]
    [InlineData("萊納斯在馬來西亞運營一座分離廠。工廠自2015年起運營，主要處理輕稀土。")]
    public void 工厂_after_a_company_is_the_companys_plant(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "starts-production", null, Modality.Actual), Fact(claim));
        Assert.Equal(2015, claim.DateValue!.From.Year);
    }

    [Theory]
    [InlineData("莱纳斯在马来西亚宣布扩产。公司从澳大利亚获得原料。工厂自2015年起运营。")]
    [InlineData("萊納斯在馬來西亞宣布擴產。公司從澳大利亞獲得原料。工廠自2015年起運營。")]
    public void A_sentence_opening_on_公司_keeps_the_company_as_topic_over_the_country_it_names(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "starts-production", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("莱纳斯扩建了生产线。但初期产量仅30公斤，远低于预期。成本比中国高20%，因为设备老化。")]
    [InlineData("萊納斯擴建了生產線。但初期產量僅30公斤，遠低於預期。成本比中國高20%，因為設備老化。")]
    public void A_chinese_clause_without_subject_that_opens_on_its_measure_continues_the_company(string text)
    {
        var claims = Read(text, "zh");
        Assert.Equal(("lynas", "mine-output", null, Modality.Actual), Fact(Of(claims, "30")));
        Assert.Equal(("lynas", "cost-premium", null, Modality.Actual), Fact(Of(claims, "20")));
    }

    [Theory]
    [InlineData("莱纳斯扩建了生产线。公司第三季度产量上升，重稀土部分达8吨。")]
    [InlineData("萊納斯擴建了生產線。公司第三季度產量上升，重稀土部分達8噸。")]
    public void A_sentence_opening_on_公司_gives_the_company_the_figure_of_a_later_clause(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "mine-output", "heavy-rare-earths", Modality.Actual), Fact(claim));
    }

    [Fact]
    public void The_refinery_after_a_company_is_the_companys()
    {
        var claim = Assert.Single(Read("Lynas expanded its line. The refinery produced 8 tonnes of heavy rare earths in the quarter."));
        Assert.Equal(("lynas", "mine-output", "heavy-rare-earths", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("莱纳斯扩建了生产线。环保团体抗议，每吨稀土产生10吨废渣。")]
    [InlineData("萊納斯擴建了生產線。環保團體抗議，每噸稀土產生10噸廢渣。")]
    public void A_clause_whose_subject_is_another_noun_is_not_the_companys(string text)
    {
        Assert.Empty(Read(text, "zh"));
    }

    [Theory]
    [InlineData("全球格局 - 莱纳斯扩建了生产线，投资1亿美元 [2] - 产品纯度达99.9% [3]")]
    [InlineData("全球格局 - 萊納斯擴建了生產線，投資1億美元 [2] - 產品純度達99.9% [3]")]
    public void A_bullet_that_names_no_one_is_not_about_the_bullet_before(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "investment", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("全球格局 - 莱纳斯扩建了生产线，投资1亿美元 [2] - 其产品纯度达99.8% [3]")]
    [InlineData("全球格局 - 萊納斯擴建了生產線，投資1億美元 [2] - 其產品純度達99.8% [3]")]
    public void A_bullet_that_points_back_with_其_keeps_the_bullet_befores_subject(string text)
    {
        Assert.Equal(("lynas", "purity", null, Modality.Actual), Fact(Of(Read(text, "zh"), "99.8")));
    }

    [Fact]
    public void An_english_bullet_that_names_no_one_is_not_about_the_bullet_before()
    {
        var claims = Read("- Lynas expanded its Malaysian line.\n- The refinery produced 8 tonnes of heavy rare earths in the quarter.\n");
        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("莱纳斯的产品填补了缺口，镝价格升至每公斤850美元。澳洲媒体强调纯度达99.9%，适用于磁材制造。")]
    [InlineData("萊納斯的產品填補了缺口，鏑價格升至每公斤850美元。澳洲媒體強調純度達99.9%，適用於磁材製造。")]
    public void A_reported_purity_with_no_maker_named_is_the_companys_spoken_of(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "purity");
        Assert.Equal(("lynas", "purity", null, Modality.Actual), Fact(claim));
        Assert.Equal(99.9, claim.Value!.Low);
    }

    [Theory]
    [InlineData("莱纳斯计划投入3亿美元，带动总额达9亿美元的项目投资。", "9亿")]
    [InlineData("萊納斯計劃投入3億美元，帶動總額達9億美元的項目投資。", "9億")]
    public void A_clause_that_opens_on_its_verb_keeps_the_sentences_subject(string text, string surface)
    {
        Assert.Equal(("lynas", "project-pipeline", null, Modality.Actual), Fact(Of(Read(text, "zh"), surface)));
    }

    [Theory]
    [InlineData("卡尔古利工厂获得政府5亿美元的贷款，该厂可生产全球三成的重稀土。")]
    [InlineData("卡爾古利工廠獲得政府5億美元的貸款，該廠可生產全球三成的重稀土。")]
    public void A_clause_that_opens_on_its_own_subject_does_not_take_the_sentences(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal("loan", claim.Attribute);
    }
}
