using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>"X决定…，自DATE起…", "X decided to …, effective DATE": the date is the decider's, not a country's the decision names.</summary>
public sealed class DecisionActorTests
{
    [Theory]
    [InlineData("The Ministry of Commerce decided to restore Japan's Proterial to the export list, effective March 3, 2025.", "en")]
    [InlineData("The Ministry of Commerce has decided to restore Japan's Proterial to the export list, effective March 3, 2025.", "en")]
    [InlineData("商务部决定取消日本Proterial公司的出口禁令，自2025年3月3日起恢复供货。", "zh")]
    [InlineData("商務部決定取消日本Proterial公司的出口禁令，自2025年3月3日起恢復供貨。", "zh")]
    [InlineData("商務部已決定取消日本Proterial公司的出口禁令，從2025年3月3日起恢復供貨。", "zh")]
    public void The_date_a_decision_holds_from_is_the_deciders(string text, string language)
    {
        var claim = Assert.Single(Read(text, language), c => c.Attribute == "takes-effect");

        Assert.Equal("china", claim.Subject);
        Assert.Equal(new DateOnly(2025, 3, 3), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("商务部决定放宽管制，日本自2025年4月1日起恢复进口稀土。")]
    [InlineData("商務部決定放寬管制，日本自2025年4月1日起恢復進口稀土。")]
    public void A_clause_that_names_its_own_actor_keeps_it(string text)
    {
        var claims = Read(text, "zh").Where(c => c.Attribute == "takes-effect");

        Assert.DoesNotContain(claims, c => c.Subject == "china");
    }
}
