using Pipeline.Claims;
using Pipeline.Extraction;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>A company's financials: revenue, market capitalisation, share price and earnings per share, a loss negative.</summary>
public sealed class FinancialMeasureTests
{
    [Fact]
    public void Revenue_of_N_is_the_companys_revenue()
    {
        var claim = Assert.Single(Read("Lynas posted revenue of A$200 million in 2024."));
        Assert.Equal(("lynas", "revenue", null, Modality.Actual), Fact(claim));
        Assert.Equal((2e8, "AUD"), (claim.Value!.Low!.Value, claim.Value.Unit));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Fact]
    public void A_loss_per_share_is_negative_earnings()
    {
        var claim = Assert.Single(Read("MP Materials reported a loss per share of 5 cents in 2024."));
        Assert.Equal(("mp-materials", "earnings-per-share", null, Modality.Actual), Fact(claim));
        Assert.Equal((-0.05, -0.05, "USD"), (claim.Value!.Low!.Value, claim.Value.High!.Value, claim.Value.Unit));
    }

    [Fact]
    public void Shares_closed_at_N_is_the_share_price_and_a_market_value_the_market_cap()
    {
        var claims = Read("Lynas shares closed at A$14.20 on Friday, giving it a market value of A$13 billion.");
        var price = Of(claims, "14.20");
        Assert.Equal(("lynas", "share-price", null, Modality.Actual), Fact(price));
        Assert.Equal(new DateOnly(2025, 11, 14), price.Time!.From);
        Assert.Equal(("lynas", "market-cap", null, Modality.Actual), Fact(Of(claims, "13 billion")));
    }

    [Fact]
    public void Revenue_that_beat_forecasts_is_an_actual_figure()
    {
        var claim = Assert.Single(Read("MP Materials said revenue of $60 million beat analysts' expectations."));
        Assert.Equal(("mp-materials", "revenue", null, Modality.Actual), Fact(claim));
        Assert.Equal(Written, claim.AsOf);
    }

    [Theory]
    [InlineData("北方稀土2024年营收约 330 亿元，每股亏损0.05元，总市值达800亿元。")]
    [InlineData("北方稀土2024年營收約 330 億元，每股虧損0.05元，總市值達800億元。")]
    public void 营收_每股亏损_市值(string text)
    {
        var claims = Read(text, "zh");
        var revenue = Of(claims, "330");
        Assert.Equal(("northern-rare-earth", "revenue", null, Modality.Actual), Fact(revenue));
        Assert.Equal((3.3e10, Qualifier.Approximate), (revenue.Value!.Low!.Value, revenue.Value.Qualifier));
        Assert.Equal(2024, revenue.Time!.From.Year);
        var earnings = Of(claims, "0.05");
        Assert.Equal(("northern-rare-earth", "earnings-per-share", null, Modality.Actual), Fact(earnings));
        Assert.Equal((-0.05, "CNY"), (earnings.Value!.Low!.Value, earnings.Value.Unit));
        Assert.Equal(("northern-rare-earth", "market-cap", null, Modality.Actual), Fact(Of(claims, "800")));
    }

    [Theory]
    [InlineData("收盘时，北方稀土股价报每股42.5元。")]
    [InlineData("收盤時，北方稀土股價報每股42.5元。")]
    public void 股价报每股N_is_the_share_price(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("northern-rare-earth", "share-price", null, Modality.Actual), Fact(claim));
        Assert.Equal((42.5, "CNY"), (claim.Value!.Low!.Value, claim.Value.Unit));
        Assert.Equal(Written, claim.AsOf);
    }
}
