using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

public sealed class RateReaderTests
{
    private const double PerPound = 110 / 0.45359237;

    [Fact]
    public void Price_per_pound_is_converted_to_per_kilogram()
    {
        var mention = Values.Single("保证每磅110美元的最低价格");
        Assert.Equal("每磅110美元", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Rate, PerPound, PerPound, "USD/kg", Qualifier.Exact);
        Assert.Equal(242.5, mention.Value!.Low!.Value, 0.01);
        Assert.Equal("USD/lb", mention.Value.StatedUnit);
    }

    [Theory]
    [InlineData("每公斤110美元", 110, "USD/kg")]
    [InlineData("a floor of $110/kg for", 110, "USD/kg")]
    [InlineData("a floor of $110 per kilogram", 110, "USD/kg")]
    [InlineData("a minimum price of 110 dollars a kilogram", 110, "USD/kg")]
    [InlineData("trading at 60 USD/kg", 60, "USD/kg")]
    [InlineData("110 USD per pound", PerPound, "USD/lb")]
    [InlineData("a ten-year price floor of $110 per pound", PerPound, "USD/lb")]
    public void Price_per_unit_is_one_rate_mention(string text, double perKilogram, string stated)
    {
        var rate = Assert.Single(Values.In(text), m => m.Kind == MentionKind.Rate);
        Values.AssertMeasure(rate, MentionKind.Rate, perKilogram, perKilogram, "USD/kg", Qualifier.Exact);
        Assert.Equal(stated, rate.Value!.StatedUnit);
        Assert.DoesNotContain(Values.In(text), m => m.Kind == MentionKind.Money);
    }

    [Fact]
    public void Yuan_per_tonne_with_the_currency_first_is_per_kilogram()
    {
        var mention = Values.Single("价格在人民币每噸80萬元左右");
        Assert.Equal("人民币每噸80萬元左右", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Rate, 800, 800, "CNY/kg", Qualifier.Approximate);
        Assert.Equal("CNY/t", mention.Value!.StatedUnit);
    }

    [Fact]
    public void More_than_a_price_per_tonne_is_a_lower_bound()
    {
        var mention = Values.Single("氧化鏑價格達140多萬元/噸");
        Assert.Equal("140多萬元/噸", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Rate, 1400, null, "CNY/kg", Qualifier.AtLeast);
    }

    [Fact]
    public void Roughly_before_a_price_is_approximate()
    {
        var mention = Values.Single("trading at roughly $60 a kilogram");
        Assert.Equal("roughly $60 a kilogram", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Rate, 60, 60, "USD/kg", Qualifier.Approximate);
    }
}
