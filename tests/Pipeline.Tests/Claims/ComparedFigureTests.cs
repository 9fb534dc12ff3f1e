using Pipeline.Claims;
using Pipeline.Extraction;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// A figure as a multiple or part of another (a floor double the spot price, a cost a third of a
/// rival's), in per cent of it: read only for a measure that compares (sentences in the team's own words).
/// </summary>
public sealed class ComparedFigureTests
{
    [Fact]
    public void A_floor_roughly_double_the_spot_price_is_the_floors_multiple_of_it()
    {
        var claims = Read("Canberra will guarantee Lynas a minimum price of $95/kg for terbium oxide, roughly double the current spot price.");
        var ratio = Of(claims, "double");
        Assert.Equal(("lynas", "floor-to-spot-ratio", Modality.Actual), (ratio.Subject, ratio.Attribute, ratio.Modality));
        Assert.Equal((200.0, Qualifier.Approximate), (ratio.Value!.Low!.Value, ratio.Value.Qualifier));
        Assert.Equal("price-floor", Of(claims, "$95/kg").Attribute);
    }

    [Fact]
    public void A_floor_nearly_three_times_the_price_is_at_most_three_times_it()
    {
        var ratio = Of(Read("Lynas won a price floor nearly three times the market price."), "three times");
        Assert.Equal(("lynas", "floor-to-spot-ratio"), (ratio.Subject, ratio.Attribute));
        Assert.Equal(((double?)null, 300.0), (ratio.Value!.Low, ratio.Value.High!.Value));
    }

    [Theory]
    [InlineData("五角大楼承诺莱纳斯的保底价是市场价的两倍。")]
    [InlineData("五角大樓承諾萊納斯的保底價是市場價的兩倍。")]
    public void 保底价是市场价的两倍_is_the_floors_multiple_of_the_price(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "floor-to-spot-ratio");
        Assert.Equal("lynas", claim.Subject);
        Assert.Equal(200, claim.Value!.Low);
    }

    [Theory]
    [InlineData("日本企业的分离成本仅为中国企业的1/4。")]
    [InlineData("日本企業的分離成本僅為中國企業的1/4。")]
    [InlineData("日本企业的分离成本仅为中国企业的四分之一。")]
    public void 成本仅为X的N分之一_is_a_cost_ratio_of_the_subject_not_of_X(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("japan", "cost-ratio", null, Modality.Actual), Fact(claim));
        Assert.Equal(25, claim.Value!.Low);
    }

    [Theory]
    [InlineData("日本的稀土储量占全球的三分之一。")]
    [InlineData("日本的稀土儲量佔全球的三分之一。")]
    public void A_share_of_the_world_is_no_comparison(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute is "cost-ratio" or "floor-to-spot-ratio");
    }

    [Theory]
    [InlineData("新工艺使日本企业的分离成本仅为原先的1/4。")]
    [InlineData("新工藝使日本企業的分離成本僅為原先的1/4。")]
    public void A_cost_set_against_its_own_past_is_no_cost_ratio(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute == "cost-ratio");
    }
}
