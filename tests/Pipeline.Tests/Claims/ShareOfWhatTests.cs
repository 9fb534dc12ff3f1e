using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// A share is read as a production share only when it is a share of production: not of the world's
/// demand, not of a capacity named between it and an earlier measure, and not of the goods a buyer
/// gets from a source. The sentences are the team's own.
/// </summary>
public sealed class ShareOfWhatTests
{
    [Theory]
    [InlineData("莱纳斯新增了重稀土分离线，产能达每年2000吨氧化物，占全球需求约10%。", "zh")]
    [InlineData("萊納斯新增了重稀土分離線，產能達每年2000噸氧化物，佔全球需求約10%。", "zh")]
    [InlineData("Lynas added a heavy rare earth separation line, with capacity reaching 2,000 tonnes a year, about 10% of global demand.", "en")]
    public void A_share_of_world_demand_after_a_capacity_is_no_refining_share(string text, string language)
    {
        var claims = Read(text, language);
        Assert.DoesNotContain(claims, c => c.Value?.Low == 10 && c.Attribute == "refining-share");
    }

    [Theory]
    [InlineData("中国储量只占全球35%，真正短缺的是产能，中国掌握了高达85%。", "zh")]
    [InlineData("中國儲量只佔全球35%，真正短缺的是產能，中國掌握了高達85%。", "zh")]
    [InlineData("China holds 35% of global reserves, what is truly scarce is capacity, and China controls up to 85%.", "en")]
    public void A_clause_naming_capacity_takes_the_share_after_it_from_the_reserves_before(string text, string language)
    {
        var claims = Read(text, language);
        Assert.Equal(("china", "reserves-share"), (Of(claims, "35%").Subject, Of(claims, "35%").Attribute));
        Assert.DoesNotContain(claims, c => c.Value?.High == 85 && c.Attribute == "reserves-share");
    }

    [Theory]
    [InlineData("欧洲高度依赖中国的产品（95%的稀土磁铁来自中国）。", "zh")]
    [InlineData("歐洲高度依賴中國的產品（95%的稀土磁鐵來自中國）。", "zh")]
    [InlineData("Europe leans heavily on Chinese products: 95% of its rare earth magnets come from China.", "en")]
    public void Goods_that_come_from_a_source_are_no_magnet_production_share(string text, string language)
    {
        var claims = Read(text, language);
        Assert.DoesNotContain(claims, c => c.Attribute == "magnet-share");
    }

    [Theory]
    [InlineData("中国生产全球约90%的稀土磁铁。", "zh")]
    [InlineData("China makes about 90% of the world's rare earth magnets.", "en")]
    public void A_share_of_the_magnets_made_stays_a_magnet_share(string text, string language)
    {
        var claim = Assert.Single(Read(text, language));
        Assert.Equal(("china", "magnet-share"), (claim.Subject, claim.Attribute));
    }
}
