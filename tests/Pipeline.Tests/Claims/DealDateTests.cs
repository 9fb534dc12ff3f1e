using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Whose date an act is: an office's deal with a company, or money it gives one, is dated under the
/// company (the office is the other party); a government's own acts stay its country's.
/// </summary>
public sealed class DealDateTests
{
    [Fact]
    public void A_loan_an_office_announces_for_a_company_is_dated_under_the_company()
    {
        var claim = Assert.Single(Read("The Department of Defense announced a $400 million loan for Lynas in May 2024."),
            c => c.Attribute == "announced-on");
        Assert.Equal(("lynas", "announced-on", "dod", Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2024, 5, 1), claim.DateValue!.From);
    }

    [Fact]
    public void A_deal_an_office_agrees_with_a_company_is_the_companys_deal()
    {
        var claim = Assert.Single(Read("A supply deal with Lynas was agreed in March 2024 by the Department of Defense."),
            c => c.Attribute == "signed-on");
        Assert.Equal(("lynas", "signed-on", "dod", Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2024, 3, 1), claim.DateValue!.From);
    }

    [Fact]
    public void A_loan_a_company_secured_from_the_government_is_dated_when_it_was_awarded()
    {
        var claim = Assert.Single(Read("Arafura secured a $200 million loan facility from the Australian government in June 2023."),
            c => c.Attribute == "announced-on");
        Assert.Equal(("arafura", "announced-on", null, Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2023, 6, 1), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("美国国防部周三（5日）宣布向澳洲矿企莱纳斯提供2亿美元贷款。")]
    [InlineData("美國國防部周三（5日）宣布向澳洲礦企萊納斯提供2億美元貸款。")]
    public void 宣布向公司提供贷款_is_the_companys_announcement(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "announced-on");
        Assert.Equal(("lynas", "announced-on", "dod", Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2025, 11, 5), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("美国国防部于2025年3月与澳洲稀土生产商莱纳斯达成协议。")]
    [InlineData("美國國防部於2025年3月與澳洲稀土生產商萊納斯達成協議。")]
    public void 与公司达成协议_is_the_companys_deal(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "signed-on");
        Assert.Equal(("lynas", "signed-on", "dod", Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2025, 3, 1), claim.DateValue!.From);
    }

    [Fact]
    public void A_governments_own_act_stays_the_countrys()
    {
        var claim = Assert.Single(Read("商务部于2025年10月9日宣布对七种稀土实施出口管制。", "zh"), c => c.Attribute == "announced-on");
        Assert.Equal(("china", new DateOnly(2025, 10, 9)), (claim.Subject, claim.DateValue!.From));
    }

    [Fact]
    public void Controls_that_name_a_company_are_no_deal_with_it()
    {
        var claim = Assert.Single(Read("The Ministry of Commerce announced on October 9 export rules that also apply to Lynas."),
            c => c.Attribute == "announced-on");
        Assert.Equal(("china", new DateOnly(2025, 10, 9)), (claim.Subject, claim.DateValue!.From));
    }

    [Theory]
    [InlineData("莱纳斯获得了新的贷款，资金来自3月2日美国总统特朗普签署的法案。")]
    [InlineData("萊納斯獲得了新的貸款，資金來自3月2日美國總統川普簽署的法案。")]
    public void A_name_right_after_a_Chinese_date_is_who_acted(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "signed-on");
        Assert.Equal("united-states", claim.Subject);
        Assert.Equal(new DateOnly(2025, 3, 2), claim.DateValue!.From);
    }
}
