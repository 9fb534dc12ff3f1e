using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>Markdown emphasis between a qualifier, a number and its unit leaves them one value.</summary>
public sealed class MarkdownEmphasisTests
{
    [Fact]
    public void Emphasis_between_the_qualifier_and_the_number_keeps_the_qualifier()
    {
        var mention = Values.Single("production reached about **390,000 tonnes** of rare-earth oxide");
        Assert.Equal("about **390,000 tonnes**", mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Quantity, 390000, 390000, "t", Qualifier.Approximate);
    }

    [Theory]
    [InlineData("more than _15%_ of output", 15, null, Qualifier.AtLeast)]
    [InlineData("nearly **70%**", 70, 70.0, Qualifier.Nearly)]
    public void Underscores_and_asterisks_both_count(string text, double low, double? high, Qualifier qualifier)
    {
        var mention = Values.Single(text);
        Values.AssertMeasure(mention, MentionKind.Percentage, qualifier is Qualifier.AtMost or Qualifier.Nearly ? null : low, high, "%", qualifier);
    }

    [Fact]
    public void Emphasis_between_the_number_and_its_unit_keeps_the_unit()
    {
        var mention = Values.Single("about **390,000** tonnes");
        Values.AssertMeasure(mention, MentionKind.Quantity, 390000, 390000, "t", Qualifier.Approximate);
    }
}
