using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>不足/不到/超过/逾 … 的 N%: a qualifier a few words before a share still bounds it.</summary>
public sealed class DistantQualifierTests
{
    [Theory]
    [InlineData("美国稀土储备量不足全球需求的5%,难以支撑", 5.0, Qualifier.AtMost)]
    [InlineData("产量超过全球总量的90%", 90.0, Qualifier.AtLeast)]
    [InlineData("出口逾总产量的六成", 60.0, Qualifier.AtLeast)]
    public void A_qualifier_before_a_short_phrase_ending_in_de_bounds_the_share(string text, double value, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Assert.DoesNotContain("的", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Percentage, qualifier == Qualifier.AtMost ? null : value,
            qualifier == Qualifier.AtLeast ? null : value, "%", qualifier);
    }

    [Theory]
    [InlineData("不足,全球需求的5%")]
    [InlineData("不足全球稀土永磁材料与重稀土需求的5%")]
    [InlineData("不足的是美国的5%")]
    [InlineData("全球需求的5%")]
    public void Punctuation_a_long_stretch_or_another_de_between_leaves_the_share_exact(string text)
    {
        var mention = Assert.Single(Values.In(text), m => m.Kind == MentionKind.Percentage);
        Assert.Equal(Qualifier.Exact, mention.Value!.Qualifier);
    }
}
