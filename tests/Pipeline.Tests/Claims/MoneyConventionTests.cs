using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Money read as the news writes it: which dollar a bare "$" is, a figure restated in brackets in
/// another currency, and who a payment is about (the recipient, the giver as scope).
/// </summary>
public sealed class MoneyConventionTests
{
    [Fact]
    public void A_bare_dollar_in_news_of_Australian_government_money_is_the_Australian_dollar()
    {
        var claims = Read("The Australian Government will lend Arafura $800 million for its Nolans refinery. "
            + "Arafura will add $120 million of equity.");
        var loan = Of(claims, "$800 million");
        Assert.Equal(("arafura", "loan"), (loan.Subject, loan.Attribute));
        Assert.Equal((8e8, "AUD"), (loan.Value!.Low!.Value, loan.Value.Unit));
        Assert.Equal("AUD", Of(claims, "$120 million").Value!.Unit);
    }

    [Fact]
    public void A_bare_dollar_stays_the_US_dollar_when_the_United_States_is_named_too()
    {
        var claims = Read("Australia and the United States will each invest $1 billion in critical minerals projects.");
        Assert.Equal("USD", Of(claims, "$1 billion").Value!.Unit);
    }

    [Fact]
    public void The_bracketed_dollars_after_an_A_dollar_amount_are_its_US_dollar_conversion()
    {
        var claims = Read("The Australian government pledged up to A$500 million ($330 million) in new funding for Arafura.");
        var aud = Of(claims, "A$500 million");
        Assert.Equal(("arafura", "investment"), (aud.Subject, aud.Attribute));
        Assert.Equal((null, 5e8, "AUD"), (aud.Value!.Low, aud.Value.High, aud.Value.Unit));
        var usd = Of(claims, "$330 million");
        Assert.Equal(("arafura", "investment"), (usd.Subject, usd.Attribute));
        Assert.Equal("USD", usd.Value!.Unit);
    }

    [Theory]
    [InlineData("莱纳斯获得4亿澳元（约合2.6亿美元）的贷款。", "4亿澳元", "AUD")]
    [InlineData("萊納斯獲得4億澳元（約合2.6億美元）的貸款。", "2.6億美元", "USD")]
    public void A_bracketed_conversion_shares_the_measure_after_it_in_Chinese(string text, string surface, string unit)
    {
        var claim = Of(Read(text, "zh"), surface);
        Assert.Equal(("lynas", "loan"), (claim.Subject, claim.Attribute));
        Assert.Equal(unit, claim.Value!.Unit);
    }

    [Fact]
    public void A_further_sum_from_the_government_is_more_of_the_loan_named_before_it()
    {
        var claims = Read("In 2023 the federal government approved an $800 million loan for Arafura's refinery. "
            + "Now the Australian Government has committed to delivering a further $200 million for the project.");
        var further = Of(claims, "$200 million");
        Assert.Equal(("arafura", "loan", "additional", Modality.Actual), Fact(further));
        Assert.Equal("AUD", further.Value!.Unit);
        Assert.Null(Of(claims, "$800 million").Scope);
    }

    [Fact]
    public void Additional_funding_before_the_loan_it_tops_up_is_named_is_a_loan_too()
    {
        var claims = Read("The Australian government pledged up to A$200 million in additional funding for Arafura. "
            + "Arafura had secured an A$800 million loan facility from the government in 2023.");
        Assert.Equal(("arafura", "loan", "additional", Modality.Actual), Fact(Of(claims, "A$200 million")));
    }

    [Theory]
    [InlineData("2023年，澳大利亚政府向莱纳斯提供8亿澳元贷款。2025年，澳大利亚政府为莱纳斯追加2亿澳元投资。")]
    [InlineData("2023年，澳洲政府向萊納斯提供8億澳元貸款。2025年，澳洲政府為萊納斯追加2億澳元投資。")]
    public void 追加_money_is_more_of_the_loan_named_before_it(string text)
    {
        var claim = Of(Read(text, "zh"), text.Contains('億') ? "2億澳元" : "2亿澳元");
        Assert.Equal(("lynas", "loan", "additional", Modality.Actual), Fact(claim));
    }

    [Fact]
    public void A_verb_of_giving_before_the_sum_names_no_kind_of_money()
    {
        Assert.Empty(Read("Australia grants A$200M to Arafura for its rare earth refinery."));
    }

    [Fact]
    public void Money_a_named_project_receives_from_a_government_is_the_givers_with_the_project_as_scope()
    {
        var claim = Assert.Single(Read("The Arafura Nolans project will receive a USD $100 million equity investment from the Australian government."));
        Assert.Equal(("australia", "equity-investment", "arafura", Modality.Actual), Fact(claim));
    }

    [Fact]
    public void Money_for_a_companys_own_project_is_the_companys()
    {
        var claim = Assert.Single(Read("Arafura's Nolans project will receive a $100 million loan from Export Finance Australia."));
        Assert.Equal("arafura", claim.Subject);
    }

    [Fact]
    public void A_price_tag_in_a_sentence_naming_nobody_is_the_company_the_paragraph_is_about()
    {
        var claims = Read("Arafura Rare Earths is building a refinery with support from the Australian Government. "
            + "The refinery has been given a $1.5–1.6 billion price tag.");
        var capex = Of(claims, "$1.5–1.6 billion");
        Assert.Equal(("arafura", "capex"), (capex.Subject, capex.Attribute));
        Assert.Equal((1.5e9, 1.6e9, "AUD"), (capex.Value!.Low!.Value, capex.Value.High!.Value, capex.Value.Unit));
    }

    [Theory]
    [InlineData("The government will provide A$60 million for Arafura's cost overrun facility, with Arafura contributing an equal amount.", "en")]
    [InlineData("政府将为莱纳斯的成本超支机制提供6000万澳元，莱纳斯出资等额资金。", "zh")]
    [InlineData("政府將為萊納斯的成本超支機制提供6000萬澳元，萊納斯出資等額資金。", "zh")]
    public void A_sum_the_other_party_matches_is_one_partys_part(string text, string language)
    {
        var half = Assert.Single(Read(text, language));
        Assert.Equal("cost-overrun-facility", half.Attribute);
        Assert.Equal("each", half.Scope);
    }

    [Theory]
    [InlineData("据报道，美澳框架下的首批项目价值将高达60亿美元。")]
    [InlineData("據報導，美澳框架下的首批項目價值將高達60億美元。")]
    public void 高达_before_a_sum_is_its_ceiling(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia+united-states", "project-pipeline"), (claim.Subject, claim.Attribute));
        Assert.Equal((null, 6e9), (claim.Value!.Low, claim.Value.High));
    }

    [Fact]
    public void 高达_before_a_share_only_stresses_it()
    {
        var claim = Assert.Single(Read("中国控制了高达85%的稀土精炼产能。", "zh"));
        Assert.Equal((85.0, 85.0), (claim.Value!.Low!.Value, claim.Value.High!.Value));
    }

    [Theory]
    [InlineData("美国与日本签署关键矿产协议，两国将各自投入至少5亿美元，撬动总额达60亿美元的矿产项目投资。", "60亿")]
    [InlineData("美國與日本簽署關鍵礦產協議，兩國將各自投入至少5億美元，撬動總額達60億美元的礦產項目投資。", "60億")]
    public void The_total_a_pledge_leverages_is_the_pairs_pipeline(string text, string surface)
    {
        var claims = Read(text, "zh");
        var claim = Of(claims, surface);
        Assert.Equal(("japan+united-states", "project-pipeline"), (claim.Subject, claim.Attribute));
        Assert.Equal("investment", Of(claims, "5").Attribute);
    }

    [Theory]
    [InlineData("美国与日本签署关键矿产协议，两国将各自投入10亿美元。特朗普称这是一条60亿美元的合作管道。", "60亿")]
    [InlineData("美國與日本簽署關鍵礦產協議，兩國將各自投入10億美元。川普形容這是一條60億美元的合作管道。", "60億")]
    public void The_pipeline_this_is_said_to_be_is_the_pairs(string text, string surface)
    {
        var claim = Of(Read(text, "zh"), surface);
        Assert.Equal(("japan+united-states", "project-pipeline"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("美国进出口银行发出九份意向书，融资超过12亿美元，释放高达30亿美元的总投资。", "30亿")]
    [InlineData("美國進出口銀行發出九份意向書，融資超過12億美元，釋放高達30億美元的總投資。", "30億")]
    public void The_total_investment_financing_unlocks_is_investment_not_capex(string text, string surface)
    {
        var claim = Of(Read(text, "zh"), surface);
        Assert.Equal("investment", claim.Attribute);
        Assert.Equal((null, 3e9), (claim.Value!.Low, claim.Value.High));
    }

    [Theory]
    [InlineData("莱纳斯表示，其精炼厂项目总投资为12亿美元。", "12亿")]
    [InlineData("萊納斯表示，其精煉廠項目總投資為12億美元。", "12億")]
    public void A_projects_total_investment_stays_its_cost(string text, string surface)
    {
        Assert.Equal("capex", Of(Read(text, "zh"), surface).Attribute);
    }

    [Theory]
    [InlineData("美国与日本签署关键矿产协议。日方表示，这项协议代表一个60亿美元的投资管道。", "zh", "60亿美元")]
    [InlineData("美國與日本簽署關鍵礦產協議。日方表示，這項協議代表一個60億美元的投資管道。", "zh", "60億美元")]
    [InlineData("The United States and Japan signed a critical minerals deal. Tokyo said the agreement opens a $6 billion pipeline of projects.", "en", "$6 billion")]
    public void The_agreement_a_pair_signed_is_the_pairs(string text, string language, string surface)
    {
        var claim = Of(Read(text, language), surface);
        Assert.Equal(("japan+united-states", "project-pipeline"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("美国与日本将共同投资20亿美元。白宫声明指出，这笔投资锁定约值400亿美元的矿产储藏。", "400亿美元")]
    [InlineData("美國與日本將共同投資20億美元。白宮聲明指出，這筆投資鎖定約值400億美元的礦產儲藏。", "400億美元")]
    public void Resources_this_investment_secures_are_the_pairs_not_the_speakers(string text, string surface)
    {
        var claim = Of(Read(text, "zh"), surface);
        Assert.Equal(("japan+united-states", "resources-value"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("该法案为能源部提供3亿美元的信贷补贴资金，创造了600亿美元的可用贷款资金。", "zh")]
    [InlineData("該法案為能源部提供3億美元的信貸補貼資金，創造了600億美元的可用貸款資金。", "zh")]
    [InlineData("The act gives the Energy Department a $300 million credit subsidy, creating $60 billion of lending authority.", "en")]
    public void A_credit_subsidy_and_the_lending_it_allows_are_no_loan(string text, string language) =>
        Assert.DoesNotContain(Read(text, language), c => c.Attribute is "loan" or "grant");
}
