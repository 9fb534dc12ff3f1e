using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>Words between 每公斤 and its price: adverbs that leave it alone, qualifiers that bound it, a range.</summary>
public sealed class RateWordsBetweenTests
{
    [Theory]
    [InlineData("稀土出口均價腰斬,每公斤只有5.5美元,達到歷史低點", "每公斤只有5.5美元", 5.5)]
    [InlineData("每公斤仅为60美元", "每公斤仅为60美元", 60)]
    [InlineData("每公斤高达110美元", "每公斤高达110美元", 110)]
    [InlineData("每吨为80万元", "每吨为80万元", 800)]
    public void Adverbs_between_the_unit_and_the_price_do_not_change_it(string text, string surface, double perKilogram)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        var unit = surface.Contains('元') && !surface.Contains("美元") ? "CNY/kg" : "USD/kg";
        Values.AssertMeasure(mention, MentionKind.Rate, perKilogram, perKilogram, unit, Qualifier.Exact);
    }

    [Fact]
    public void A_qualifier_between_the_unit_and_the_price_keeps_its_meaning()
    {
        var mention = Values.Single("每公斤约60美元");
        Assert.Equal("每公斤约60美元", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Rate, 60, 60, "USD/kg", Qualifier.Approximate);

        var atLeast = Values.Single("每公斤超过60美元");
        Values.AssertMeasure(atLeast, MentionKind.Rate, 60, null, "USD/kg", Qualifier.AtLeast);
    }

    [Fact]
    public void A_range_of_prices_after_the_unit_is_a_range_rate()
    {
        var mention = Values.Single("中國稀土出口均價在每公斤7到13.5美元間徘徊");
        Assert.Equal("每公斤7到13.5美元", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Rate, 7, 13.5, "USD/kg", Qualifier.Range);
        Assert.Equal("USD/kg", mention.Value!.StatedUnit);
    }

    [Fact]
    public void A_price_per_pound_with_words_between_is_converted_to_per_kilogram()
    {
        var mention = Values.Single("每磅只有110美元");
        Values.AssertMeasure(mention, MentionKind.Rate, 110 / 0.45359237, 110 / 0.45359237, "USD/kg", Qualifier.Exact);
        Assert.Equal("USD/lb", mention.Value!.StatedUnit);
    }

    [Fact]
    public void Other_words_between_the_unit_and_an_amount_make_no_rate()
    {
        Assert.DoesNotContain(Values.In("每公斤稀土精矿需要5.5美元"), m => m.Kind == MentionKind.Rate);
    }
}
