using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Whom a figure is about, and how it is meant, where the phrase could mislead (sentences in the team's own words).</summary>
public sealed class SubjectReadingTests
{
    [Fact]
    public void Money_from_an_office_is_not_the_offices_own()
    {
        Assert.Empty(Read("The new plant is backed by a $400 million loan from the Department of Energy."));
    }

    [Fact]
    public void A_company_that_gets_money_from_an_office_keeps_it()
    {
        var claim = Assert.Single(Read("Lynas received a $120 million loan from the Department of Energy in 2025."));
        Assert.Equal(("lynas", "loan", null, Modality.Actual), Fact(claim));
        Assert.Equal(2025, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("美国能源部提供的5亿美元贷款将用于扩建工厂。")]
    [InlineData("美國能源部提供的5億美元貸款將用於擴建工廠。")]
    public void 部门提供的贷款_names_no_one_who_gets_it(string text)
    {
        Assert.Empty(Read(text, "zh"));
    }

    [Theory]
    [InlineData("北方稀土是中国最大的稀土企业，其稀土产量占全球的30%。")]
    [InlineData("北方稀土是中國最大的稀土企業，其稀土產量佔全球的30%。")]
    public void A_country_that_modifies_a_noun_is_not_the_subject(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("northern-rare-earth", "mining-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(Written, claim.AsOf);
    }

    [Theory]
    [InlineData("中国政府收紧了稀土管理。2024年开采指标为27万吨，冶炼分离指标为25万吨，均由北方稀土等集团执行。")]
    [InlineData("中國政府收緊了稀土管理。2024年開採指標為27萬噸，冶煉分離指標為25萬噸，均由北方稀土等集團執行。")]
    public void A_chinese_sentence_that_opens_on_its_year_and_names_no_one_keeps_the_topic_before(string text)
    {
        var claims = Read(text, "zh");
        Assert.Equal(("china", "quota", null, Modality.Actual), Fact(Of(claims, "27")));
        Assert.Equal(("china", "quota", null, Modality.Actual), Fact(Of(claims, "25")));
        Assert.Equal(2024, Of(claims, "27").Time!.From.Year);
    }

    [Fact]
    public void Without_an_opening_year_a_sentence_that_names_no_one_makes_no_claim()
    {
        Assert.Empty(Read("中国政府收紧了稀土管理。开采指标为27万吨。", "zh"));
    }

    [Fact]
    public void A_sentence_that_opens_on_its_year_and_names_its_subject_keeps_it()
    {
        var claim = Assert.Single(Read("中国政府收紧了稀土管理。2024年北方稀土的开采指标为10万吨。", "zh"));
        Assert.Equal(("northern-rare-earth", "quota", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("Vulcan agreed to buy recycled metals from ReElement for five years starting in 2027.", "en")]
    [InlineData("Vulcan去年承诺自2027年起的4年内，将向ReElement购买回收金属。", "zh")]
    [InlineData("Vulcan去年承諾自2027年起的4年內，將向ReElement購買回收金屬。", "zh")]
    public void The_buyer_of_an_offtake_is_its_subject_not_the_seller_it_buys_from(string text, string language)
    {
        var claim = Assert.Single(Read(text, language));
        Assert.Equal(("vulcan-elements", "offtake-duration", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("莱纳斯获得了新的贷款。该法案为美国国防部战略资本办公室提供6亿美元的贷款资金。")]
    [InlineData("萊納斯獲得了新的貸款。該法案為美國國防部戰略資本辦公室提供6億美元的貸款資金。")]
    public void An_office_given_money_under_a_longer_offices_name_is_no_payer(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("osc", "loan"), (claim.Subject, claim.Attribute));
    }

    [Fact]
    public void A_pair_named_before_stays_the_subject_of_a_later_clause()
    {
        var claims = Read("Canada and Japan signed a minerals pact in 2025, and the partners committed $2 billion to new mines.");
        Assert.Equal(("canada+japan", "investment", null, Modality.Actual), Fact(Of(claims, "$2 billion")));
    }

    [Fact]
    public void A_figure_that_beat_expectations_is_an_actual_one()
    {
        var claim = Assert.Single(Read("Lynas produced 3,200 tonnes of NdPr in 2024, beating analysts' expectations."));
        Assert.Equal(("lynas", "mine-output", "ndpr", Modality.Actual), Fact(claim));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("莱纳斯2024年镨钕产量为3200吨，好于市场预期。")]
    [InlineData("萊納斯2024年鐠釹產量為3200噸，好於市場預期。")]
    public void 好于预期_is_an_actual_figure(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "mine-output", "ndpr", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("莱纳斯预计2026年镨钕产量将达到4000吨。")]
    [InlineData("萊納斯預計2026年鐠釹產量將達到4000噸。")]
    public void 预计_is_still_a_forecast(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "mine-output", "ndpr", Modality.Forecast), Fact(claim));
    }
}
