using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Counts of patents, and the share of the world's patents they make.</summary>
public sealed class CountMeasureTests
{
    [Fact]
    public void N_patents_filed_is_a_patent_count()
    {
        var claim = Assert.Single(Read("As of June 2025, China had filed 1,450 patents on magnet coatings."));
        Assert.Equal(("china", "patent-count", null, Modality.Actual), Fact(claim));
        Assert.Equal(1450, claim.Value!.Low);
    }

    [Theory]
    [InlineData("截至2025年6月，中国在磁材涂层领域申请专利1450件，占全球总量的38%。")]
    [InlineData("截至2025年6月，中國在磁材塗層領域申請專利1450件，佔全球總量的38%。")]
    public void 申请专利N件_is_a_patent_count_and_the_share_after_it_a_patent_share(string text)
    {
        var claims = Read(text, "zh");
        var count = Of(claims, "1450");
        Assert.Equal(("china", "patent-count", null, Modality.Actual), Fact(count));
        Assert.Equal(1450, count.Value!.Low);
        var share = Of(claims, "38%");
        Assert.Equal(("china", "patent-share", null, Modality.Actual), Fact(share));
        Assert.Equal(38, share.Value!.Low);
    }

    [Fact]
    public void N_percent_of_patents_is_a_patent_share()
    {
        var claim = Assert.Single(Read("Japan holds 25% of the world's rare earth magnet patents."));
        Assert.Equal(("japan", "patent-share", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("最终只有五家中国企业获得了日本企业的专利许可。")]
    [InlineData("最終只有五家中國企業獲得了日本企業的專利許可。")]
    [InlineData("中国的稀土专利申请量比美国多出1.5万件。")]
    public void Companies_licensed_a_patent_or_a_lead_in_patents_are_no_patent_count(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute == "patent-count");
    }
}
