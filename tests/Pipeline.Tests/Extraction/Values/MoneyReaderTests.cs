using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

public sealed class MoneyReaderTests
{
    [Theory]
    [InlineData("美國國防部投資3500萬美元。", "3500萬美元", 3.5e7, "USD")]
    [InlineData("国防部以4亿美元入股", "4亿美元", 4e8, "USD")]
    [InlineData("贷款1.5億美元", "1.5億美元", 1.5e8, "USD")]
    [InlineData("价值 4 亿美元的优先股", "4 亿美元", 4e8, "USD")] // digits spaced off from 亿
    [InlineData("committed USD $1 billion each", "USD $1 billion", 1e9, "USD")] // a code before the sign
    [InlineData("提供 1.5 億美元貸款", "1.5 億美元", 1.5e8, "USD")]
    [InlineData("奖池攀升至36.57亿元。", "36.57亿元", 3.657e9, "CNY")]
    [InlineData("东芝需1万亿日元", "1万亿日元", 1e12, "JPY")]
    [InlineData("一共两千万美元", "两千万美元", 2e7, "USD")]
    [InlineData("融资8亿元人民币", "8亿元人民币", 8e8, "CNY")]
    [InlineData("季度營收 3120 萬美元", "3120 萬美元", 3.12e7, "USD")]
    [InlineData("提供 2.5 亿美元贷款", "2.5 亿美元", 2.5e8, "USD")]
    [InlineData("The DoD put US$400m into MP Materials.", "US$400m", 4e8, "USD")]
    [InlineData("a $1.65bn loan", "$1.65bn", 1.65e9, "USD")]
    [InlineData("backed by a government loan of A$1.65 billion", "A$1.65 billion", 1.65e9, "AUD")]
    [InlineData("the DoD will invest $400 million", "$400 million", 4e8, "USD")]
    [InlineData("some 400 million dollars", "some 400 million dollars", 4e8, "USD")]
    [InlineData("about 22.5 billion euros", "about 22.5 billion euros", 2.25e10, "EUR")]
    [InlineData("for 323 million euros .", "323 million euros", 3.23e8, "EUR")]
    [InlineData("five million yen", "five million yen", 5e6, "JPY")]
    [InlineData("fined $ 250,000 for", "$ 250,000", 250000, "USD")]
    [InlineData("priced at c $ 16.4 million", "c $ 16.4 million", 1.64e7, "CAD")]
    [InlineData("an estimated £ 50 million", "an estimated £ 50 million", 5e7, "GBP")]
    [InlineData("buy this item for USD 200.", "USD 200", 200, "USD")]
    [InlineData("down 34 cents", "34 cents", 0.34, "USD")]
    [InlineData("30 MUSD", "30 MUSD", 3e7, "USD")]
    public void Money_is_read_in_its_iso_currency_with_magnitudes_applied(string text, string surface, double value, string currency)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Money, value, value, currency, mention.Value!.Qualifier);
    }

    [Theory]
    [InlineData("营收突破千亿元", "千亿元", 1e11, "CNY")]
    [InlineData("營收突破千億元", "千億元", 1e11, "CNY")]
    [InlineData("投资百亿美元建厂", "百亿美元", 1e10, "USD")]
    [InlineData("投資百億美元建廠", "百億美元", 1e10, "USD")]
    [InlineData("规模达万亿元", "万亿元", 1e12, "CNY")]
    [InlineData("規模達萬億元", "萬億元", 1e12, "CNY")]
    [InlineData("融资千万美元", "千万美元", 1e7, "USD")]
    public void A_place_without_a_digit_before_a_larger_one_is_one_of_it(string text, string core, double value, string currency)
    {
        var reading = Assert.Single(Values.Readings(text));
        Assert.Equal(core, text[reading.CoreStart..reading.CoreEnd]);
        Assert.Equal(MentionKind.Money, reading.Mention.Kind);
        Assert.Equal(currency, reading.Mention.Value!.Unit);
        Assert.Equal(value, reading.Mention.Value.Low!.Value, 1e-3);
    }

    [Theory]
    [InlineData("千万不要相信他")] // 千万 as "by all means"
    [InlineData("千萬不要相信他")]
    [InlineData("涉及数千亿元资金")] // "hundreds of billions": no figure
    [InlineData("涉及上百亿元资金")]
    public void A_bare_place_that_states_no_figure_is_no_money(string text)
    {
        Assert.DoesNotContain(Values.In(text), m => m.Kind == MentionKind.Money);
    }

    [Fact]
    public void A_dollar_figure_broken_across_lines_is_one_mention()
    {
        var mention = Values.Single("put up a $150\nmillion loan");
        Assert.Equal("$150\nmillion", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Money, 1.5e8, 1.5e8, "USD", Qualifier.Exact);
    }

    [Fact]
    public void An_article_before_a_dollar_sign_is_not_a_currency_prefix()
    {
        Values.AssertMeasure(Values.Single("and a $150 million loan"), MentionKind.Money, 1.5e8, 1.5e8, "USD", Qualifier.Exact);
    }

    [Fact]
    public void More_after_the_number_makes_a_lower_bound()
    {
        var mention = Values.Single("投资超4亿多美元");
        Assert.Equal("超4亿多美元", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Money, 4e8, null, "USD", Qualifier.AtLeast);
    }

    [Fact]
    public void A_range_of_prices_is_one_mention()
    {
        var mention = Values.Single("价格在7到13.5美元之间");
        Assert.Equal("7到13.5美元", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Money, 7, 13.5, "USD", Qualifier.Range);
    }

    [Fact]
    public void Numbers_without_a_currency_are_not_money()
    {
        Assert.Empty(Values.In("中大乐透1600万 奖池"));
        Assert.Empty(Values.In("All 70 of us."));
    }
}
