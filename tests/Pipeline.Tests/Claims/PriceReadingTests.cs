using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Market prices told as a movement: from one figure to another, since a month, as of a day (sentences in the team's own words).</summary>
public sealed class PriceReadingTests
{
    [Fact]
    public void The_second_figure_of_from_to_takes_the_measure_of_the_first_and_its_own_month()
    {
        var claims = Read("NdPr oxide prices in China climbed over the summer, from about $60/kg in June to roughly $85/kg by late August.");

        var june = Of(claims, "$60/kg");
        var august = Of(claims, "$85/kg");
        Assert.Equal(("ndpr", "market-price", null, Modality.Actual), Fact(june));
        Assert.Equal(("ndpr", "market-price", null, Modality.Actual), Fact(august));
        Assert.Equal((6, 8), (june.Time!.From.Month, august.Time!.From.Month));
    }

    [Theory]
    [InlineData("中国的稀土产量从1990年的约3万吨增加到2020年的14万吨。")]
    [InlineData("中國的稀土產量從1990年的約3萬噸增加到2020年的14萬噸。")]
    public void In_chinese_the_date_before_each_figure_of_a_from_to_pair_is_its_own(string text)
    {
        var claims = Read(text, "zh");
        Assert.Equal(1990, Of(claims, text.Contains('万') ? "3万吨" : "3萬噸").Time!.From.Year);
        Assert.Equal(2020, Of(claims, text.Contains('万') ? "14万吨" : "14萬噸").Time!.From.Year);
    }

    [Theory]
    [InlineData("截至6月1日，欧洲镝价自3月初上涨两倍，达每公斤800美元。")]
    [InlineData("截至6月1日，歐洲鏑價自3月初上漲兩倍，達每公斤800美元。")]
    public void A_price_as_of_a_day_is_that_days_and_since_marks_when_the_rise_began(string text)
    {
        var claim = Of(Read(text, "zh"), "800");
        Assert.Equal(("dy", "market-price", null, Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2025, 6, 1), claim.Time!.From);
    }

    [Fact]
    public void A_price_since_a_month_is_not_of_that_month()
    {
        var claim = Assert.Single(Read("Dysprosium has traded at $800 per kilogram in Europe since March."));
        Assert.Equal(("dy", "market-price", null, Modality.Actual), Fact(claim));
        Assert.Null(claim.Time);
        Assert.Equal(Written, claim.AsOf);
    }
}
