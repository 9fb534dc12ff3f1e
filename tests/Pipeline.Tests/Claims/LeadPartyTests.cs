using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Two companies joined as the subject of one verb: the figure is the first-named company's, the lead party's.</summary>
public sealed class LeadPartyTests
{
    [Theory]
    [InlineData("Solvay and Noveon will expand the joint magnet line to reach 3,000 tonnes of annual capacity.", "en")]
    [InlineData("Solvay & Noveon will expand the joint magnet line to reach 3,000 tonnes of annual capacity.", "en")]
    [InlineData("索尔维与力拓将扩建磁材生产线，年产能达到3000吨。", "zh")]
    [InlineData("索尔维及力拓将扩建磁材生产线，年产能达到3000吨。", "zh")]
    [InlineData("索爾維和力拓將擴建磁材生產線，年產能達到3000噸。", "zh")]
    [InlineData("索爾維與力拓將擴建磁材生產線，年產能達到3000噸。", "zh")]
    public void Two_joined_companies_give_the_figure_to_the_first_named(string text, string language)
    {
        var claim = Of(Read(text, language), "3");

        Assert.Equal(("solvay", "production-capacity"), (claim.Subject, claim.Attribute));
        Assert.Equal(3000, claim.Value!.Low);
    }

    [Theory]
    [InlineData("Noveon's plant and Solvay will each reach 3,000 tonnes of annual capacity.", "en")]
    [InlineData("力拓表示，索尔维的新工厂年产能达到3000吨。", "zh")]
    public void A_company_not_joined_to_another_keeps_its_figure(string text, string language)
    {
        var claim = Of(Read(text, language), "3");

        Assert.Equal(("solvay", "production-capacity"), (claim.Subject, claim.Attribute));
    }
}
