using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Dates in a site's life that are no announcements: a licence's end, a mine's closure.</summary>
public sealed class SiteDateTests
{
    [Fact]
    public void A_licence_until_a_date_ends_then()
    {
        var claim = Assert.Single(Read("Malaysia renewed the operating licence of Lynas until March 2026."));
        Assert.Equal(("lynas", "licence-ends", null, Modality.Actual), Fact(claim));
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (claim.DateValue!.From, claim.DateValue.To));
    }

    [Theory]
    [InlineData("马来西亚政府将莱纳斯的运营许可延长至2027年。")]
    [InlineData("馬來西亞政府將萊納斯的運營許可延長至2027年。")]
    public void 许可延长至某年_is_the_licences_end(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "licence-ends", null, Modality.Actual), Fact(claim));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), (claim.DateValue!.From, claim.DateValue.To));
    }

    [Theory]
    [InlineData("莱纳斯扩建了关丹工厂。欧洲分析人士认为这增强了供应链韧性。马来西亚政府延长运营许可至2027年，支持项目推进。")]
    [InlineData("萊納斯擴建了關丹工廠。歐洲分析人士認為這增強了供應鏈韌性。馬來西亞政府延長運營許可至2027年，支持項目推進。")]
    public void A_licence_the_government_extends_with_no_holder_named_is_the_companys(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "licence-ends", null, Modality.Actual), Fact(claim));
        Assert.Equal(2027, claim.DateValue!.From.Year);
    }

    [Fact]
    public void A_licence_the_government_extends_with_no_holder_named_is_the_companys_in_English()
    {
        var claim = Assert.Single(Read("Lynas has expanded its Kuantan plant. Analysts in Europe welcomed the news. "
            + "The Malaysian government extended the operating licence until March 2027."));
        Assert.Equal(("lynas", "licence-ends", null, Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2027, 3, 1), claim.DateValue!.From);
    }

    [Fact]
    public void A_mine_shut_down_in_a_year_closed_then()
    {
        var claim = Assert.Single(Read("Mountain Pass was shut down in 2003 after a series of spills."));
        Assert.Equal(("mountain-pass", "closed-on", null, Modality.Actual), Fact(claim));
        Assert.Equal(2003, claim.DateValue!.From.Year);
    }

    [Theory]
    [InlineData("芒廷帕斯矿因废水问题于2003年全面停产。")]
    [InlineData("芒廷帕斯礦山因廢水問題於2003年全面停產。")]
    [InlineData("芒廷帕斯矿于2003年关停。")]
    public void 于某年关停_is_the_closure(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("mountain-pass", "closed-on", null, Modality.Actual), Fact(claim));
        Assert.Equal((new DateOnly(2003, 1, 1), new DateOnly(2003, 12, 31)), (claim.DateValue!.From, claim.DateValue.To));
    }

    [Fact]
    public void Shares_closed_on_a_day_close_no_mine()
    {
        Assert.DoesNotContain(Read("MP Materials shares closed 5% higher on Friday."), c => c.Attribute == "closed-on");
    }
}
