using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>自DATE起 with a full day: the day a measure takes effect, its actor named in the sentence (sentences in the team's own words).</summary>
public sealed class EffectiveFromTests
{
    [Theory]
    [InlineData("商务部宣布，自12月1日起对镓实施出口管制。")]
    [InlineData("商務部宣布，自十二月一日起對鎵實施出口管制。")]
    [InlineData("中国自12月1日起对镓实施出口管制。")]
    [InlineData("中國從十二月一日起對鎵實施出口管制。")]
    public void The_actor_then_自DATE起_is_when_its_measure_takes_effect(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.DateValue is { } d && d.From == new DateOnly(2025, 12, 1));
        Assert.Equal(("china", "takes-effect", "ga", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("自12月1日起，中国将对镓实施出口管制。")]
    [InlineData("自十二月一日起，中國將對鎵實施出口管制。")]
    public void 自DATE起_then_the_actor_opening_the_next_clause(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "takes-effect"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 12, 1), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("该规定最初由美国制定。而自12月1日起，相关企业几乎无法获得许可。")]
    [InlineData("該規定最初由美國制定。而自十二月一日起，相關企業幾乎無法獲得許可。")]
    public void 自DATE起_with_no_actor_in_its_sentence_makes_no_claim(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute == "takes-effect");
    }
}
