using Pipeline.Claims;
using Pipeline.Extraction;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Tonnages beyond output and reserves: a stockpile, a market's demand.</summary>
public sealed class TonnageMeasureTests
{
    [Fact]
    public void A_stockpile_of_N_tonnes()
    {
        var claim = Assert.Single(Read("Japan holds a stockpile of about 5,000 tonnes of rare earths."));
        Assert.Equal(("japan", "stockpile", null, Modality.Actual), Fact(claim));
        Assert.Equal((5000.0, Qualifier.Approximate), (claim.Value!.Low!.Value, claim.Value.Qualifier));
        Assert.Equal(Written, claim.AsOf);
    }

    [Fact]
    public void Mined_N_MT_is_output_in_metric_tonnes()
    {
        var claim = Assert.Single(Read("Myanmar mined 31,000 MT of rare earths in 2023."));
        Assert.Equal(("myanmar", "mine-output", null, Modality.Actual), Fact(claim));
        Assert.Equal(31_000, claim.Value!.Low);
        Assert.Equal(2023, claim.Time!.From.Year);
    }

    [Fact]
    public void Reserves_of_N_Mt_are_millions_of_tonnes()
    {
        var claim = Assert.Single(Read("Brazil holds reserves of 21 Mt of rare earth oxides."));
        Assert.Equal(("brazil", "reserves", null, Modality.Actual), Fact(claim));
        Assert.Equal(21e6, claim.Value!.Low);
    }

    [Fact]
    public void An_N_tonne_stockpile()
    {
        var claim = Assert.Single(Read("Lynas keeps a 2,000-tonne stockpile of concentrate."));
        Assert.Equal(("lynas", "stockpile", null, Modality.Actual), Fact(claim));
        Assert.Equal(2_000, claim.Value!.Low);
    }

    [Fact]
    public void Worldwide_demand_expected_to_reach_N_tonnes_is_the_worlds_forecast()
    {
        var claim = Assert.Single(Read("Worldwide NdPr oxide demand is expected to reach 100,000 tonnes in 2030."));
        Assert.Equal(("world", "demand", "ndpr", Modality.Forecast), Fact(claim));
        Assert.Equal(2030, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("日本的稀土储备约5000吨。")]
    [InlineData("日本的稀土儲備約5000噸。")]
    public void 储备N吨_is_a_stockpile(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("japan", "stockpile", null, Modality.Actual), Fact(claim));
        Assert.Equal(5000, claim.Value!.Low);
    }

    [Theory]
    [InlineData("预计2030年全球氧化镨钕需求量将达到10万吨。")]
    [InlineData("預計2030年全球氧化鐠釹需求量將達到10萬噸。")]
    public void 全球需求量将达N吨_is_the_worlds_forecast_demand(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("world", "demand", "ndpr", Modality.Forecast), Fact(claim));
        Assert.Equal(100_000, claim.Value!.Low);
        Assert.Equal(2030, claim.Time!.From.Year);
    }
}
