using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

public sealed class QuantityReaderTests
{
    [Theory]
    [InlineData("capacity to 10,000 tonnes a year", "10,000 tonnes", 10000, "t")]
    [InlineData("capacity to 10,000 t a year", "10,000 t", 10000, "t")]
    [InlineData("reserves of 44 million tonnes", "44 million tonnes", 4.4e7, "t")]
    [InlineData("16,000 metric tons of", "16,000 metric tons", 16000, "t")]
    [InlineData("产量4.3万吨", "4.3万吨", 43000, "万吨")]
    [InlineData("產量1.18萬噸", "1.18萬噸", 11800, "万吨")]
    [InlineData("日均20万公斤", "20万公斤", 200, "万公斤")]
    [InlineData("You weight 200lbs.", "200lbs", 200 * 0.00045359237, "lb")]
    [InlineData("一吨半", "一吨半", 1.5, "t")]
    [InlineData("二两", "二两", 0.0001, "两")]
    public void Mass_is_read_in_tonnes(string text, string surface, double tonnes, string stated)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Quantity, tonnes, tonnes, "t", Qualifier.Exact);
        Assert.Equal(stated, mention.Value!.StatedUnit);
    }

    [Theory]
    [InlineData("shipped 12,500 MT last year", "12,500 MT", 12500, "MT")]
    [InlineData("shipped 12,500 mt last year", "12,500 mt", 12500, "MT")]
    [InlineData("reserves of 6.9 Mt of oxide", "6.9 Mt", 6.9e6, "Mt")]
    [InlineData("reserves of 6.9 Mt.", "6.9 Mt", 6.9e6, "Mt")]
    public void Case_tells_metric_tonnes_from_million_tonnes(string text, string surface, double tonnes, string stated)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Quantity, tonnes, tonnes, "t", Qualifier.Exact);
        Assert.Equal(stated, mention.Value!.StatedUnit);
    }

    [Fact]
    public void A_price_per_MT_is_per_tonne()
    {
        var mention = Values.Single("quoted at $5,200/MT");
        Values.AssertMeasure(mention, MentionKind.Rate, 5.2, 5.2, "USD/kg", Qualifier.Exact);
    }

    [Theory]
    [InlineData("about 17 km from", "17 km", 17000)]
    [InlineData("a six-mile trip", "six-mile", 9656.064)]
    [InlineData("如今身高168公分", "168公分", 1.68)]
    [InlineData("I'm 1.8m tall.", "1.8m", 1.8)]
    [InlineData("10 1/2 miles of cable", "10 1/2 miles", 16898.112)]
    public void Length_is_read_in_metres(string text, string core, double metres)
    {
        var reading = Assert.Single(Values.Readings(text));
        Assert.Equal(core, text[reading.CoreStart..reading.CoreEnd]);
        Assert.Equal(MentionKind.Quantity, reading.Mention.Kind);
        Assert.Equal("m", reading.Mention.Value!.Unit);
        Assert.Equal(metres, reading.Mention.Value.Low!.Value, 1e-6);
    }

    [Theory]
    [InlineData("一两年", MentionKind.Duration)]
    [InlineData("scp-173m", null)]
    [InlineData("24703m2", null)]
    public void Look_alikes_are_not_quantities(string text, MentionKind? only)
    {
        Assert.All(Values.In(text), m => Assert.Equal(only, m.Kind));
    }

    [Theory]
    [InlineData("七种中重稀土", "七种", 7)]
    [InlineData("7种中重稀土", "7种", 7)]
    [InlineData("8个国家", "8个", 8)]
    [InlineData("八個國家", "八個", 8)]
    [InlineData("controls on seven rare earths", "seven rare earths", 7)]
    [InlineData("all 17 elements", "17 elements", 17)]
    public void Counts_are_a_number_with_a_classifier_or_a_plural_noun(string text, string surface, double count)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Count, count, count, "", Qualifier.Exact);
    }

    [Theory]
    [InlineData("需要15-20年", "15-20年", 15d, 20d, Qualifier.Range)]
    [InlineData("为期一年", "一年", 1d, 1d, Qualifier.Exact)]
    [InlineData("a ten-year price floor", "ten-year", 10d, 10d, Qualifier.Exact)]
    [InlineData("a 10-year price floor", "10-year", 10d, 10d, Qualifier.Exact)]
    [InlineData("in five years", "five years", 5d, 5d, Qualifier.Exact)]
    [InlineData("二十多年", "二十多年", 20d, null, Qualifier.AtLeast)]
    public void Durations_are_read_in_years(string text, string surface, double? low, double? high, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Duration, low, high, "year", qualifier);
    }
}
