using Pipeline.Extraction.Values;

namespace Pipeline.Tests.Extraction.Values;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("三千五百", 3500)]
    [InlineData("两", 2)]
    [InlineData("十七", 17)]
    [InlineData("一百四十", 140)]
    [InlineData("一百零五", 105)]
    [InlineData("一百二", 120)]
    [InlineData("两万二", 22000)]
    [InlineData("三亿五千万", 350000000)]
    [InlineData("拾万零五十六点叁叁", 100056.33)]
    [InlineData("二〇二五", 2025)]
    [InlineData("一 百 五 十", 150)]
    [InlineData("四十九兆九千五百九十二亿", 49959200000000)]
    public void Chinese_numerals_are_read_whole(string text, double value)
    {
        Assert.True(ChineseNumerals.TryRead(text, 0, out var number));
        Assert.Equal(value, number.Value, 1e-6);
        Assert.Equal(text.Length, number.End);
    }

    [Theory]
    [InlineData("二三十")]
    [InlineData("百姓")]
    [InlineData("千万")]
    public void Chinese_words_that_are_not_numerals_are_refused(string text)
    {
        Assert.False(ChineseNumerals.TryRead(text, 0, out _));
    }

    [Theory]
    [InlineData("3,500", 3500)]
    [InlineData("1.65", 1.65)]
    [InlineData("10,000", 10000)]
    [InlineData("1/4", 0.25)]
    [InlineData("10 1/2", 10.5)]
    public void Arabic_numbers_take_separators_decimals_and_fractions(string text, double value)
    {
        Assert.True(ArabicNumbers.TryRead(text, 0, out var number));
        Assert.Equal(value, number.Value, 1e-9);
        Assert.Equal(text.Length, number.End);
    }

    [Theory]
    [InlineData("seven", 7)]
    [InlineData("twenty-two", 22)]
    [InlineData("one hundred and five", 105)]
    [InlineData("three thousand two hundred", 3200)]
    [InlineData("five million", 5e6)]
    [InlineData("two dozen", 24)]
    public void English_number_words_are_read(string text, double value)
    {
        Assert.True(EnglishNumbers.TryRead(text, 0, out var number));
        Assert.Equal(value, number.Value, 1e-9);
    }

    [Theory]
    [InlineData("3500万", 3.5e7)]
    [InlineData("1.4亿", 1.4e8)]
    [InlineData("1万亿", 1e12)]
    [InlineData("2.45亿", 2.45e8)]
    [InlineData("1.65 billion", 1.65e9)]
    [InlineData("25 lakh", 2.5e6)]
    public void Magnitudes_after_digits_multiply(string text, double value)
    {
        Assert.True(ArabicNumbers.TryRead(text, 0, out var number));
        var scaled = Magnitudes.Apply(text, number, Values.Units, shortForms: false);
        Assert.Equal(value, scaled.Value);
    }

    [Fact]
    public void More_inside_a_chinese_number_is_kept()
    {
        Assert.True(ArabicNumbers.TryRead("140多万", 0, out var number));
        var scaled = Magnitudes.Apply("140多万", number, Values.Units, shortForms: false);
        Assert.Equal(1.4e6, scaled.Value);
        Assert.True(scaled.More);
    }
}
