using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>The year a plant starts: commissioning, operations, coming online, 投入运营, 建成.</summary>
public sealed class ProductionStartTests
{
    [Fact]
    public void Commence_operations_in_a_year_is_the_plants_start()
    {
        var claim = Assert.Single(Read("Lynas's Texas plant will begin operations in 2027."));
        Assert.Equal(("lynas", "starts-production", null, Modality.Actual), Fact(claim));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), (claim.DateValue!.From, claim.DateValue.To));
        Assert.Null(claim.Time);
    }

    [Theory]
    [InlineData("莱纳斯计划2026年建成新的分离厂。")]
    [InlineData("萊納斯計劃2026年建成新的分離廠。")]
    public void 计划在某年建成_is_a_target_start(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "starts-production", null, Modality.Target), Fact(claim));
        Assert.Equal(2026, claim.DateValue!.From.Year);
    }

    [Theory]
    [InlineData("北方稀土的新分离厂于2024年投入运营。")]
    [InlineData("北方稀土的新分離廠於2024年投入運營。")]
    public void 于某年投入运营_is_the_start(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("northern-rare-earth", "starts-production", null, Modality.Actual), Fact(claim));
        Assert.Equal(2024, claim.DateValue!.From.Year);
    }

    [Theory]
    [InlineData("莱纳斯从西澳的矿山获取原料。工厂自2015年起运营，主要处理轻稀土。")]
    [InlineData("萊納斯從西澳的礦山獲取原料。工廠自2015年起運營，主要處理輕稀土。")]
    public void 工厂_with_no_owner_named_is_the_plant_of_the_company_spoken_of(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "starts-production"), (claim.Subject, claim.Attribute));
        Assert.Equal(2015, claim.DateValue!.From.Year);
    }

    [Fact]
    public void The_plant_with_no_owner_named_is_the_plant_of_the_company_spoken_of()
    {
        var claim = Assert.Single(Read("Lynas is building a separation plant in Texas. The plant will begin operations in 2027."));
        Assert.Equal(("lynas", "starts-production"), (claim.Subject, claim.Attribute));
        Assert.Equal(2027, claim.DateValue!.From.Year);
    }

    [Theory]
    [InlineData("Lynas expects to produce another heavy rare earth, terbium, in July.", Modality.Forecast)]
    [InlineData("Lynas began producing terbium in July.", Modality.Actual)]
    public void Producing_a_product_in_a_month_is_when_its_production_starts(string text, Modality modality)
    {
        var claim = Assert.Single(Read(text));
        Assert.Equal(("lynas", "starts-production", "tb", modality), Fact(claim));
        Assert.Equal(new DateOnly(2025, 7, 1), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("莱纳斯在关丹生产氧化镝。公司还计划在2027年生产钆，进一步扩大产品线。")]
    [InlineData("萊納斯在關丹生產氧化鏑。公司還計劃於2027年生產釓，進一步擴大產品線。")]
    public void 计划在某年生产X_is_the_planned_start_of_Xs_production(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "starts-production", "gd", Modality.Target), Fact(claim));
        Assert.Equal(2027, claim.DateValue!.From.Year);
    }

    [Theory]
    [InlineData("莱纳斯计划在2027年生产5000吨氧化物。")]
    [InlineData("萊納斯計劃在2027年生產5000噸氧化物。")]
    public void 计划在某年生产N吨_plans_an_output_not_a_start(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute == "starts-production");
    }
}
