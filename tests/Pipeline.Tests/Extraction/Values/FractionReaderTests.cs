using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

public sealed class FractionReaderTests
{
    [Theory]
    [InlineData("占全球三分之一", "三分之一", 33.333333333333, Qualifier.Approximate)]
    [InlineData("佔全球三分之二", "三分之二", 66.666666666667, Qualifier.Approximate)]
    [InlineData("四分之一的产量", "四分之一", 25, Qualifier.Exact)]
    [InlineData("十分之一的供应", "十分之一", 10, Qualifier.Exact)]
    [InlineData("占全球的一半", "一半", 50, Qualifier.Exact)]
    [InlineData("约三分之一", "约三分之一", 33.333333333333, Qualifier.Approximate)]
    [InlineData("a third of the world's output", "a third", 33.333333333333, Qualifier.Approximate)]
    [InlineData("two-thirds of its imports", "two-thirds", 66.666666666667, Qualifier.Approximate)]
    [InlineData("one quarter of global supply", "one quarter", 25, Qualifier.Exact)]
    [InlineData("three quarters of the market", "three quarters", 75, Qualifier.Exact)]
    [InlineData("half of the world's reserves", "half", 50, Qualifier.Exact)]
    [InlineData("about half of the world's reserves", "about half", 50, Qualifier.Approximate)]
    public void Fractions_that_state_a_share_are_percentages(string text, string surface, double value, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Percentage, value, value, "%", qualifier);
    }

    [Theory]
    [InlineData("一半以上", "一半以上", 50d, null, Qualifier.AtLeast)]
    [InlineData("超过三分之一", "超过三分之一", 33.333333333333, null, Qualifier.AtLeast)]
    [InlineData("more than half of its exports", "more than half", 50d, null, Qualifier.AtLeast)]
    [InlineData("less than a quarter of demand", "less than a quarter", null, 25d, Qualifier.AtMost)]
    public void Qualifier_words_bound_a_fraction(string text, string surface, double? low, double? high, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Percentage, low, high, "%", qualifier);
    }

    [Theory]
    [InlineData("the second half of the year")]
    [InlineData("results for a quarter")]
    [InlineData("a third country")]
    [InlineData("一半导体公司")]
    [InlineData("十分重要")]
    public void Words_that_only_look_like_fractions_are_no_shares(string text)
    {
        Assert.DoesNotContain(Values.In(text), m => m.Kind == MentionKind.Percentage);
    }
}
