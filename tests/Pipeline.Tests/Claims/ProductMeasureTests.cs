using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Percentages about an ore, a product, a market or a rule rather than a share of world output:
/// an ore's grade, a product's purity, a market share, a de minimis share, a cost compared.
/// </summary>
public sealed class ProductMeasureTests
{
    [Fact]
    public void An_average_grade_of_N_percent_is_the_deposits_ore_grade()
    {
        var claim = Assert.Single(Read("Mountain Pass ore has an average grade of 7.5% rare earth oxides."));
        Assert.Equal(("mountain-pass", "ore-grade", null, Modality.Actual), Fact(claim));
        Assert.Equal(7.5, claim.Value!.Low);
    }

    [Theory]
    [InlineData("芒廷帕斯矿的稀土平均品位为6%-9%。")]
    [InlineData("芒廷帕斯礦山的稀土平均品位為6%-9%。")]
    public void 品位为N_is_the_ore_grade(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("mountain-pass", "ore-grade", null, Modality.Actual), Fact(claim));
        Assert.Equal((6.0, 9.0), (claim.Value!.Low, claim.Value.High));
    }

    [Fact]
    public void N_percent_purity_is_the_products_purity_narrowed_by_the_product()
    {
        var claim = Assert.Single(Read("Lynas shipped dysprosium oxide of 99.9% purity from Malaysia."));
        Assert.Equal(("lynas", "purity", "dy", Modality.Actual), Fact(claim));
        Assert.Equal(99.9, claim.Value!.Low);
    }

    [Fact]
    public void N_percent_pure_is_the_purity()
    {
        var claim = Assert.Single(Read("MP Materials said its separated NdPr oxide is 99.5% pure."));
        Assert.Equal("purity", claim.Attribute);
        Assert.Equal(99.5, claim.Value!.Low);
    }

    [Theory]
    [InlineData("莱纳斯生产的氧化镝纯度达99.9%。")]
    [InlineData("萊納斯生產的氧化鏑純度達99.9%。")]
    public void 纯度达N_is_the_purity(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "purity", "dy", Modality.Actual), Fact(claim));
        Assert.Equal(99.9, claim.Value!.Low);
    }

    [Fact]
    public void A_pure_play_miner_states_no_purity()
    {
        Assert.DoesNotContain(Read("Lynas, a pure-play miner, holds 12% of the world's separation capacity."), c => c.Attribute == "purity");
    }

    [Fact]
    public void N_percent_market_share_is_a_market_share_narrowed_by_the_product()
    {
        var claim = Assert.Single(Read("In 2024 China held a 70% market share in rare earth magnets for wind turbines."));
        Assert.Equal(("china", "market-share", "permanent-magnets", Modality.Actual), Fact(claim));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("中国企业在新能源汽车磁材领域占据80%市场份额。")]
    [InlineData("中國企業在新能源汽車磁材領域佔據80%市場份額。")]
    public void 占据N市场份额_is_a_market_share(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "market-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(80, claim.Value!.Low);
    }

    [Fact]
    public void A_de_minimis_threshold_of_N_percent_is_the_controlling_countrys()
    {
        var claim = Assert.Single(Read("Beijing's new rules set a 0.1% de minimis threshold for foreign products."));
        Assert.Equal(("china", "de-minimis-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(0.1, claim.Value!.Low);
    }

    [Theory]
    [InlineData("商务部规定，外国企业出口含0.1%以上中国稀土的产品也须申请许可。")]
    [InlineData("商務部規定，外國企業出口含0.1%以上中國稀土的產品也須申請許可。")]
    [InlineData("商务部规定，中国稀土价值比例达到0.1%的外国产品也须申请许可。")]
    [InlineData("商務部規定，外國企業出口含百分之○點一以上中國稀土的產品也須申請許可。")]
    [InlineData("商务部规定，外国企业出口含百分之零点一以上中国稀土的产品也须申请许可。")]
    public void 含N以上_is_the_de_minimis_share(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "de-minimis-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(0.1, claim.Value!.Low);
    }

    [Fact]
    public void Costs_N_percent_higher_are_a_cost_premium()
    {
        var claim = Assert.Single(Read("Lynas pays costs 18% higher than Chinese refiners."));
        Assert.Equal(("lynas", "cost-premium", null, Modality.Actual), Fact(claim));
        Assert.Equal(18, claim.Value!.Low);
    }

    [Fact]
    public void Costs_N_percent_lower_are_a_negative_cost_premium()
    {
        var claim = Assert.Single(Read("China's separation costs are 30% lower than Europe's."));
        Assert.Equal(("china", "cost-premium", null, Modality.Actual), Fact(claim));
        Assert.Equal(-30, claim.Value!.Low);
    }

    [Theory]
    [InlineData("莱纳斯的分离成本比中国同行高20%。", "lynas", 20)]
    [InlineData("萊納斯的分離成本比中國同行高20%。", "lynas", 20)]
    [InlineData("中国的冶炼成本比欧美低40%。", "china", -40)]
    public void 成本比某处高N_is_a_cost_premium(string text, string subject, double value)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal((subject, "cost-premium", null, Modality.Actual), Fact(claim));
        Assert.Equal(value, claim.Value!.Low);
    }

    [Theory]
    [InlineData("新工艺使开采成本降低了30%。")]
    [InlineData("该项目的成本高达20%。")]
    public void A_cost_cut_or_a_cost_up_to_N_is_no_cost_premium(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute == "cost-premium");
    }

    [Theory]
    [InlineData("今年3月，商务部对钪、钇等5种稀土实施出口许可制。")]
    [InlineData("今年3月，商務部對鈧、釔等5種稀土實施出口許可制。")]
    public void N种稀土实施出口许可_counts_the_controlled_elements(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "controlled-elements");
        Assert.Equal(("china", Modality.Actual), (claim.Subject, claim.Modality));
        Assert.Equal(5, claim.Value!.Low);
    }
}
