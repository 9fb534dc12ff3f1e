using Pipeline.Extraction;
using Pipeline.Extraction.Values;

namespace Pipeline.Tests.Extraction.Values;

public sealed class PercentageReaderTests
{
    [Theory]
    [InlineData("份额为95%", "95%", 95)]
    [InlineData("份额为95 %", "95 %", 95)]
    [InlineData("份額為９５％", "９５％", 95)]
    [InlineData("a 90 percent share", "90 percent", 90)]
    [InlineData("a 90 per cent share", "90 per cent", 90)]
    [InlineData("占百分之九十", "百分之九十", 90)]
    [InlineData("占百分之零点五", "百分之零点五", 0.5)]
    [InlineData("含百分之〇點一的成分", "百分之〇點一", 0.1)]
    [InlineData("含百分之○點一的成分", "百分之○點一", 0.1)]
    [InlineData("占九成", "九成", 90)]
    [InlineData("占七成五", "七成五", 75)]
    [InlineData("超过0.1%的价值", "超过0.1%", 0.1)]
    [InlineData("千分之一", "千分之一", 0.1)]
    [InlineData("打八折", "八折", 80)]
    [InlineData("增长了六个百分点", "六个百分点", 6)]
    [InlineData("负3.9%", "负3.9%", -3.9)]
    [InlineData("twenty percent", "twenty percent", 20)]
    public void Shares_are_read_in_percent(string text, string surface, double value)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(MentionKind.Percentage, mention.Kind);
        Assert.Equal("%", mention.Value!.Unit);
        Assert.Equal(value, mention.Value.Low ?? mention.Value.High!.Value, 1e-9);
    }

    [Theory]
    [InlineData("控制全球95%以上的精炼能力", "95%以上", 95d, null, Qualifier.AtLeast)]
    [InlineData("more than 90% of refining", "more than 90%", 90d, null, Qualifier.AtLeast)]
    [InlineData("超过90%", "超过90%", 90d, null, Qualifier.AtLeast)]
    [InlineData("占近70%", "近70%", null, 70d, Qualifier.Nearly)]
    [InlineData("佔將近七成", "將近七成", null, 70d, Qualifier.Nearly)]
    [InlineData("nearly 70% of world output", "nearly 70%", null, 70d, Qualifier.Nearly)]
    [InlineData("almost 70% of world output", "almost 70%", null, 70d, Qualifier.Nearly)]
    [InlineData("about 70% of world output", "about 70%", 70d, 70d, Qualifier.Approximate)]
    [InlineData("占比不到20%", "不到20%", null, 20d, Qualifier.AtMost)]
    [InlineData("份额已突破40%", "突破40%", 40d, null, Qualifier.AtLeast)]
    [InlineData("less than 20% of", "less than 20%", null, 20d, Qualifier.AtMost)]
    [InlineData("约为40%-50%", "约为40%-50%", 40d, 50d, Qualifier.Range)]
    [InlineData("40%-50%", "40%-50%", 40d, 50d, Qualifier.Range)]
    [InlineData("40-50%", "40-50%", 40d, 50d, Qualifier.Range)]
    [InlineData("40% to 50%", "40% to 50%", 40d, 50d, Qualifier.Range)]
    [InlineData("40%至50%", "40%至50%", 40d, 50d, Qualifier.Range)]
    public void Qualifier_words_bound_the_share_and_are_part_of_the_mention(string text, string surface, double? low, double? high, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Percentage, low, high, "%", qualifier);
    }

    [Fact]
    public void The_core_span_leaves_the_qualifier_out()
    {
        var reading = Assert.Single(Values.Readings("占近70%"));
        Assert.Equal("70%", "占近70%"[reading.CoreStart..reading.CoreEnd]);
    }

    [Fact]
    public void Url_escapes_are_not_percentages()
    {
        Assert.Empty(Values.In("https://www.test.com/search?q=30%25%2020%"));
    }

    [Fact]
    public void Recently_is_not_nearly()
    {
        Assert.Equal(Qualifier.Exact, Values.Single("最近20%的").Value!.Qualifier);
    }

    [Theory]
    [InlineData("价格上涨两倍", "两倍", 200d, 200d, Qualifier.Exact)]
    [InlineData("價格上漲兩倍", "兩倍", 200d, 200d, Qualifier.Exact)]
    [InlineData("销量增长了 3 倍", "3 倍", 300d, 300d, Qualifier.Exact)]
    [InlineData("銷量增長了3倍", "3倍", 300d, 300d, Qualifier.Exact)]
    [InlineData("销量翻番", "翻番", 100d, 100d, Qualifier.Exact)]
    [InlineData("銷量翻兩番", "翻兩番", 300d, 300d, Qualifier.Exact)]
    [InlineData("sales doubled", "doubled", 100d, 100d, Qualifier.Exact)]
    [InlineData("sales more than doubled", "more than doubled", 100d, null, Qualifier.AtLeast)]
    [InlineData("sales rose fourfold", "fourfold", 300d, 300d, Qualifier.Exact)]
    public void A_change_written_as_a_multiple_is_a_change_in_per_cent(string text, string surface, double? low, double? high, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Percentage, low, high, "%", qualifier);
    }

    [Theory]
    [InlineData("是中国价格的两倍")]
    [InlineData("成本高3倍")]
    [InlineData("a fourfold risk")]
    [InlineData("double the spot price")]
    public void A_multiple_that_compares_is_no_change(string text)
    {
        Assert.DoesNotContain(Values.In(text), m => m.Value?.StatedUnit == ChangeMultiples.Stated);
    }

    [Theory]
    [InlineData("a floor roughly double the spot price", "roughly double", 200d, 200d, Qualifier.Approximate)]
    [InlineData("a floor twice the market price", "twice", 200d, 200d, Qualifier.Exact)]
    [InlineData("a floor close to double the market price", "close to double", null, 200d, Qualifier.Nearly)]
    [InlineData("a floor three times the market price", "three times", 300d, 300d, Qualifier.Exact)]
    [InlineData("保底价是市场价的两倍", "两倍", 200d, 200d, Qualifier.Exact)]
    [InlineData("保底價是市場價的兩倍", "兩倍", 200d, 200d, Qualifier.Exact)]
    [InlineData("成本仅为同行的1/4", "1/4", 25d, 25d, Qualifier.Exact)]
    [InlineData("成本僅為同行的四分之一", "四分之一", 25d, 25d, Qualifier.Exact)]
    public void A_figure_as_a_multiple_of_another_is_in_per_cent_of_it(string text, string surface, double? low, double? high, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Percentage, low, high, "%", qualifier);
        Assert.Equal(ComparedMultiples.Stated, mention.Value!.StatedUnit);
    }

    [Theory]
    [InlineData("储量占全球的三分之一")]
    [InlineData("儲量佔全球的三分之一")]
    public void A_fraction_of_a_whole_stays_a_share(string text)
    {
        Assert.NotEqual(ComparedMultiples.Stated, Values.Single(text).Value!.StatedUnit);
    }

    [Theory]
    [InlineData("Lynas plans to double the output of its plant")]
    [InlineData("the deal will triple the capacity")]
    public void Double_as_a_verb_compares_nothing(string text)
    {
        Assert.DoesNotContain(Values.In(text), m => m.Kind == MentionKind.Percentage);
    }

    [Fact]
    public void Double_with_no_figure_after_it_compares_nothing()
    {
        Assert.DoesNotContain(Values.In("demand is set to more than double by 2030"), m => m.Kind == MentionKind.Percentage);
    }
}
