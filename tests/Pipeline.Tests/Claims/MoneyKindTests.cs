using Pipeline.Claims;
using Pipeline.Extraction;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Money by kind beyond loans, grants and equity: financing offered, a cost overrun facility, the
/// value of a pipeline of projects, of mineral resources, and of a market.
/// </summary>
public sealed class MoneyKindTests
{
    [Fact]
    public void N_in_financing_is_financing()
    {
        var claim = Assert.Single(Read("In 2025 Lynas secured $300 million in financing."));
        Assert.Equal(("lynas", "financing", null, Modality.Actual), Fact(claim));
        Assert.Equal(2025, claim.Time!.From.Year);
    }

    [Fact]
    public void A_cost_overrun_facility_is_its_own_kind_of_money()
    {
        var claim = Assert.Single(Read("Iluka agreed a A$100 million cost overrun facility with its lenders."));
        Assert.Equal(("iluka", "cost-overrun-facility", null, Modality.Actual), Fact(claim));
        Assert.Equal((1e8, "AUD"), (claim.Value!.Low!.Value, claim.Value.Unit));
        Assert.Equal(Written, claim.AsOf);
    }

    [Fact]
    public void An_N_pipeline_of_projects_is_not_money_invested()
    {
        var claim = Assert.Single(Read("Australia announced a $6 billion pipeline of critical minerals projects."));
        Assert.Equal(("australia", "project-pipeline", null, Modality.Actual), Fact(claim));
    }

    [Fact]
    public void Resources_worth_N_after_a_pair_investing_are_the_pairs()
    {
        var claims = Read("Canada and Japan will fund new mines with $2 billion, and the deposits involved are valued at $30 billion.");
        Assert.Equal(("canada+japan", "resources-value", null, Modality.Actual), Fact(Of(claims, "$30 billion")));
    }

    [Fact]
    public void The_market_was_worth_N_is_the_size_of_the_world_market()
    {
        var claim = Assert.Single(Read("The global market for rare earth magnets was worth $20 billion in 2024."));
        Assert.Equal(("world", "market-size", "permanent-magnets", Modality.Actual), Fact(claim));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("2025年莱纳斯获得3亿美元融资。")]
    [InlineData("2025年萊納斯獲得3億美元融資。")]
    public void 获得N融资_is_financing(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "financing", null, Modality.Actual), Fact(claim));
        Assert.Equal(3e8, claim.Value!.Low);
        Assert.Equal(2025, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("莱纳斯与贷款方约定了1亿美元的成本超支额度。")]
    [InlineData("萊納斯與貸款方約定了1億美元的成本超支額度。")]
    public void 成本超支额度_is_a_cost_overrun_facility(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "cost-overrun-facility", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("澳大利亚宣布了价值60亿美元的关键矿产项目管道。")]
    [InlineData("澳大利亞宣布了價值60億美元的關鍵礦產項目管道。")]
    public void N的项目管道_is_the_value_of_a_pipeline(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia", "project-pipeline", null, Modality.Actual), Fact(claim));
        Assert.Equal(6e9, claim.Value!.Low);
    }

    [Theory]
    [InlineData("巴西的稀土资源价值约400亿美元。")]
    [InlineData("巴西的稀土資源價值約400億美元。")]
    public void 资源价值N_is_the_value_of_resources(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("brazil", "resources-value", null, Modality.Actual), Fact(claim));
        Assert.Equal((4e10, Qualifier.Approximate), (claim.Value!.Low!.Value, claim.Value.Qualifier));
    }

    [Theory]
    [InlineData("据估算，2024年全球钕铁硼磁材的市场规模约为200亿美元。")]
    [InlineData("據估算，2024年全球釹鐵硼磁材的市場規模約為200億美元。")]
    public void 全球M的市场规模约为N_is_the_size_of_the_world_market(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("world", "market-size", Modality.Actual), (claim.Subject, claim.Attribute, claim.Modality));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("中国的钕铁硼磁材产业2024年市场规模已突破千亿元人民币。")]
    [InlineData("中國的釹鐵硼磁材產業2024年市場規模已突破千億元人民幣。")]
    public void 市场规模突破千亿元_is_a_market_of_at_least_a_hundred_billion(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "market-size", Modality.Actual), (claim.Subject, claim.Attribute, claim.Modality));
        Assert.Equal((1e11, (double?)null, "CNY"), (claim.Value!.Low!.Value, claim.Value.High, claim.Value.Unit));
        Assert.Equal(2024, claim.Time!.From.Year);
    }
}
