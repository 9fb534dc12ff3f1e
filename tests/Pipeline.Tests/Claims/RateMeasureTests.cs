using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Percentages that are no shares of a market: an offtake, a tariff, a recovery rate, a share of a project's cost.</summary>
public sealed class RateMeasureTests
{
    [Fact]
    public void N_percent_offtake_is_the_sellers_offtake_share()
    {
        var claim = Assert.Single(Read("The Pentagon agreed to a 100% offtake of MP Materials' magnet output."));
        Assert.Equal(("mp-materials", "offtake-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(100, claim.Value!.Low);
    }

    [Fact]
    public void A_tariff_is_the_levying_countrys_narrowed_by_the_country_it_is_levied_on()
    {
        var claim = Assert.Single(Read("In 2025 the United States imposed a 25% tariff on Japanese cars."));
        Assert.Equal(("united-states", "tariff-rate", "japan", Modality.Actual), Fact(claim));
        Assert.Equal(2025, claim.Time!.From.Year);
    }

    [Fact]
    public void A_recovery_rate_raised_to_N_is_the_new_rate()
    {
        var claim = Assert.Single(Read("China raised its rare earth recovery rate to 80%."));
        Assert.Equal(("china", "recovery-rate", null, Modality.Actual), Fact(claim));
        Assert.Equal(80, claim.Value!.Low);
    }

    [Fact]
    public void Paying_N_percent_of_the_costs_is_a_cost_share()
    {
        var claim = Assert.Single(Read("Japan paid 40% of the project's costs."));
        Assert.Equal(("japan", "cost-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(Written, claim.AsOf);
    }

    [Fact]
    public void Costs_N_percent_higher_are_no_cost_share()
    {
        Assert.DoesNotContain(Read("Lynas pays costs 18% higher than Chinese refiners."), c => c.Attribute == "cost-share");
    }

    [Theory]
    [InlineData("根据协议，美国国防部将以100%包销的方式购买MP Materials的磁体。")]
    [InlineData("根據協議，美國國防部將以100%包銷的方式購買MP Materials的磁體。")]
    public void N包销_is_the_offtake_share(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("mp-materials", "offtake-share", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("美国对澳大利亚钢铝产品征收25%的关税。", "australia")]
    [InlineData("美國對澳洲鋼鋁產品徵收25%的關稅。", "australia")]
    [InlineData("美方对中国商品维持24%的对等关税。", "reciprocal")]
    [InlineData("美方對中國商品維持24%的對等關稅。", "reciprocal")]
    public void A_tariffs_kind_or_target_narrows_it(string text, string scope)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("united-states", "tariff-rate", scope, Modality.Actual), Fact(claim));
        Assert.Equal(Written, claim.AsOf);
    }

    [Theory]
    [InlineData("北方稀土的稀土回收率达到95%，比去年提高3个百分点。")]
    [InlineData("北方稀土的稀土回收率達到95%，比去年提高3個百分點。")]
    public void 回收率达到N_is_the_rate_and_the_points_gained_no_rate(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("northern-rare-earth", "recovery-rate", null, Modality.Actual), Fact(claim));
        Assert.Equal(95, claim.Value!.Low);
    }

    [Theory]
    [InlineData("日本承担了该项目40%的成本。")]
    [InlineData("日本承擔了該項目40%的成本。")]
    public void 承担N的成本_is_a_cost_share(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("japan", "cost-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(40, claim.Value!.Low);
    }
}
