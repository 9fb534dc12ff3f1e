using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// An office acting "for projects between the two countries" after two countries signed a framework
/// acts under it: its figure is the pair's. Without those words, or for a company, the figure stays its own.
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
}
