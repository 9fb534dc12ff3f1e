using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Money and capacity for a plant or mine that the lexicon gives an owner are the owner's (the place
/// the scope of its tonnages); what a mine holds itself (its ore grade) stays the mine's.
/// </summary>
public sealed class PlantOwnerTests
{
    [Fact]
    public void A_loan_for_a_plant_is_its_owners()
    {
        var claim = Assert.Single(Read("Canberra has approved a A$500 million loan for Eneabba."));
        Assert.Equal(("iluka", "loan", null, Modality.Actual), Fact(claim)); // one loan, whether a source names the plant or not
        Assert.Equal((5e8, "AUD"), (claim.Value!.Low!.Value, claim.Value.Unit));
    }

    [Theory]
    [InlineData("埃尼巴炼油厂已从政府获得8亿澳元的贷款。")]
    [InlineData("埃尼巴煉油廠已從政府獲得8億澳元的貸款。")]
    public void 工厂获得贷款_is_the_owners_loan(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("iluka", "loan", null, Modality.Actual), Fact(claim)); // one loan, whether a source names the plant or not
        Assert.Equal(8e8, claim.Value!.Low);
    }

    [Fact]
    public void The_capacity_of_a_mine_is_its_owners()
    {
        var claim = Assert.Single(Read("Mountain Pass has a capacity of 45,000 tonnes a year."));
        Assert.Equal(("mp-materials", "production-capacity", "mountain-pass"), (claim.Subject, claim.Attribute, claim.Scope));
        Assert.Equal(45000, claim.Value!.Low);
    }

    [Theory]
    [InlineData("芒廷帕斯矿年产能为4.5万吨。")]
    [InlineData("芒廷帕斯礦年產能為4.5萬噸。")]
    public void 矿山年产能_is_the_owners(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("mp-materials", "production-capacity"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("Mountain Pass has an average ore grade of 9%.", "en")]
    [InlineData("芒廷帕斯矿的矿石品位约为9%。", "zh")]
    public void The_ore_grade_of_a_mine_stays_the_mines(string text, string language)
    {
        var claim = Assert.Single(Read(text, language));
        Assert.Equal(("mountain-pass", "ore-grade"), (claim.Subject, claim.Attribute));
    }

    [Fact]
    public void Money_paid_to_a_named_project_stays_the_givers()
    {
        var claim = Assert.Single(Read("The Arafura Nolans project will receive a $50 million grant from the Australian government."));
        Assert.Equal("australia", claim.Subject);
    }
}
