using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// An office acting "for projects between the two countries" after two countries signed a framework
/// acts under it: its figure is the pair's. So does an office of one of the two that funds, builds or
/// sends letters in or to the other (its firms, its states). Without a word of the partner, or for a
/// company, the figure stays its own.
/// </summary>
public sealed class FrameworkFigureTests
{
    [Fact]
    public void Financing_for_projects_between_the_two_countries_is_the_pairs()
    {
        var claims = Read("The United States and Australia signed a minerals framework on Monday. "
            + "EXIM Bank is offering more than $1.5 billion in financing for mining projects between the two countries.");
        var claim = Of(claims, "$1.5 billion");
        Assert.Equal(("australia+united-states", "financing"), (claim.Subject, claim.Attribute));
        Assert.Equal(1.5e9, claim.Value!.Low);
    }

    [Theory]
    [InlineData("美国与澳大利亚周一签署了关键矿产框架协议。美国进出口银行将提供超过15亿美元的融资，用于两国之间的采矿项目。")]
    [InlineData("美國與澳大利亞週一簽署了關鍵礦產框架協議。美國進出口銀行將提供超過15億美元的融資，用於兩國之間的採礦項目。")]
    public void 两国之间的项目_financing_is_the_pairs(string text)
    {
        var claim = Of(Read(text, "zh"), "15");
        Assert.Equal(("australia+united-states", "financing"), (claim.Subject, claim.Attribute));
    }

    [Fact]
    public void Financing_with_no_word_of_the_pair_stays_the_offices()
    {
        var claims = Read("The United States and Australia signed a minerals framework on Monday. "
            + "EXIM Bank is offering more than $1.5 billion in financing for American shipyards.");
        Assert.Equal("us-exim", Of(claims, "$1.5 billion").Subject);
    }

    [Fact]
    public void A_companys_loan_between_the_two_countries_stays_the_companys()
    {
        var claims = Read("The United States and China agreed a trade truce on Friday. "
            + "Vulcan Elements received a $600 million loan from the Pentagon, easing trade between the two countries.");
        Assert.Equal("vulcan-elements", Of(claims, "$600 million").Subject);
    }

    [Fact]
    public void Letters_to_the_partners_firms_are_the_pairs()
    {
        var claims = Read("The United States and Australia signed a minerals framework on Monday. "
            + "EXIM Bank will send letters of interest to nine Australian companies for more than $1.8 billion in financing.");
        var claim = Of(claims, "$1.8 billion");
        Assert.Equal(("australia+united-states", "financing"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("美国与澳大利亚周一签署了关键矿产框架协议。美国进出口银行宣布，将向9家澳大利亚企业发出总额逾18亿美元的投资意向书。", "18亿")]
    [InlineData("美國與澳洲週一簽署了關鍵礦產框架協議。美國進出口銀行宣布，將向9家澳洲企業發出總額逾18億美元的投資意向書。", "18億")]
    public void 向澳洲企业发出意向书_is_the_pairs(string text, string surface)
    {
        var claim = Of(Read(text, "zh"), surface);
        Assert.Equal(("australia+united-states", "financing"), (claim.Subject, claim.Attribute));
        Assert.Equal(1.8e9, claim.Value!.Low);
    }

    [Theory]
    [InlineData("The United States and Australia signed a minerals framework on Monday. "
        + "The Department of Defense will fund the construction of a 50 metric ton-per-year germanium refinery in Western Australia, the White House said.", "en", "50")]
    [InlineData("The United States and Australia signed a minerals framework on Monday. "
        + "The Pentagon will also build a 40-tonne-per-year scandium refinery in Queensland.", "en", "40")]
    [InlineData("美国与澳大利亚周一签署了关键矿产框架协议。美国战争部将在西澳大利亚州投资建设一座年产80吨的锗精炼厂。", "zh", "80")]
    [InlineData("美國與澳洲週一簽署了關鍵礦產框架協議。根據白宮的說明，五角大廈將資助在西澳建立一座年產能80公噸的鍺精煉廠。", "zh", "80")]
    public void A_plant_an_office_builds_in_the_partners_state_is_the_pairs(string text, string language, string surface)
    {
        var claim = Of(Read(text, language), surface);
        Assert.Equal(("australia+united-states", "production-capacity"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("美国与澳大利亚周一签署了关键矿产框架协议。\n\n五角大楼将在西澳建设一座锗精炼厂。美国进出口银行也发出超过18亿美元资金的意向书，用于关键矿产。", "18亿")]
    [InlineData("美國與澳洲週一簽署了關鍵礦產框架協議。\n\n五角大廈將在西澳建設一座鍺精煉廠。美國進出口銀行也已發出逾18億美元資金的意向書，用於關鍵礦產。", "18億")]
    public void Letters_in_a_paragraph_about_the_partners_state_are_the_pairs(string text, string surface)
    {
        var claim = Of(Read(text, "zh"), surface);
        Assert.Equal(("australia+united-states", "financing"), (claim.Subject, claim.Attribute));
    }

    [Fact]
    public void Letters_in_a_paragraph_that_named_no_partner_stay_the_offices()
    {
        var claims = Read("美国与澳大利亚周一签署了关键矿产框架协议。\n\n美国进出口银行也发出超过18亿美元资金的意向书，用于关键矿产。", "zh");
        Assert.Equal("us-exim", Of(claims, "18亿").Subject);
    }

    [Fact]
    public void A_plant_an_office_builds_in_its_own_state_is_not_the_pairs()
    {
        var claims = Read("The United States and Australia signed a minerals framework on Monday. "
            + "The Department of Defense will fund a 50 metric ton-per-year germanium refinery in Texas.");
        Assert.False(JointSubjects.IsJoint(Of(claims, "50").Subject));
    }
}
