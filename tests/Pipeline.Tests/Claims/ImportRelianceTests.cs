using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>The share of a buyer's supply that comes from one source: the buyer's import reliance (sentences in the team's own words).</summary>
public sealed class ImportRelianceTests
{
    [Theory]
    [InlineData("Some 95% of the EU's permanent magnets come from China.")]
    [InlineData("About 95% of EU imports of permanent magnets came from China.")]
    [InlineData("Roughly 95% of the EU's permanent magnets are sourced from China.")]
    public void N_percent_of_the_buyers_goods_come_from_X(string text)
    {
        var claim = Assert.Single(Read(text));
        Assert.Equal(("european-union", "import-reliance", "permanent-magnets", Modality.Actual), Fact(claim));
        Assert.Equal(95, claim.Value!.Low);
    }

    [Theory]
    [InlineData("The EU imports 95% of its permanent magnets from China.")]
    [InlineData("The EU sources 95% of its permanent magnets from China.")]
    [InlineData("The EU gets 95% of its permanent magnets from China.")]
    public void The_buyer_gets_N_percent_of_its_goods_from_X(string text)
    {
        var claim = Assert.Single(Read(text));
        Assert.Equal(("european-union", "import-reliance", "permanent-magnets", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("韩国85%的稀土来自中国。")]
    [InlineData("韓國85%的稀土來自中國。")]
    [InlineData("韩国85%的稀土从中国进口。")]
    [InlineData("韓國85%的稀土從中國進口。")]
    public void 买方N的M来自X_is_the_buyers_reliance(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("south-korea", "import-reliance", null, Modality.Actual), Fact(claim));
        Assert.Equal(85, claim.Value!.Low);
    }

    [Theory]
    [InlineData("欧洲的工业高度依赖中国的原料（95%的永磁体来自中国）。")]
    [InlineData("歐洲的工業高度依賴中國的原料（95%的永磁體來自中國）。")]
    public void Europe_named_before_the_figure_is_the_EU_as_buyer(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Value!.Low == 95);
        Assert.Equal(("european-union", "import-reliance", "permanent-magnets", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("欧盟正在寻找新的供应商。95%的永磁体来自中国。")]
    [InlineData("歐盟正在尋找新的供應商。95%的永磁體來自中國。")]
    public void With_no_buyer_named_the_topic_of_the_sentence_before_buys(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("european-union", "import-reliance", "permanent-magnets", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("About 85% of the world's rare earth supply comes from China.", "en")]
    [InlineData("全球85%的稀土来自中国。", "zh")]
    [InlineData("全球85%的稀土來自中國。", "zh")]
    [InlineData("85%的稀土来自中国。", "zh")]
    public void The_worlds_goods_from_X_have_no_buyer_and_no_reliance(string text, string language)
    {
        Assert.DoesNotContain(Read(text, language), c => c.Attribute == "import-reliance");
    }

    [Theory]
    [InlineData("Lynas gets 20% of its feed from Japan.", "en")]
    [InlineData("莱纳斯20%的原料来自日本。", "zh")]
    [InlineData("萊納斯20%的原料來自日本。", "zh")]
    public void A_company_is_a_buyer_too(string text, string language)
    {
        var claim = Assert.Single(Read(text, language));
        Assert.Equal(("lynas", "import-reliance", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("Lynas gets 20% of its revenue from Japan.", "en")]
    [InlineData("莱纳斯20%的收入来自日本。", "zh")]
    [InlineData("萊納斯20%的收入來自日本。", "zh")]
    public void A_share_of_revenue_from_X_is_no_reliance(string text, string language)
    {
        Assert.DoesNotContain(Read(text, language), c => c.Attribute == "import-reliance");
    }

    [Theory]
    [InlineData("韩国对中国稀土的依赖度从85%降至55%。")]
    [InlineData("韓國對中國稀土的依賴度從85%降至55%。")]
    [InlineData("韩国对中国稀土的依存度从85%下降到55%。")]
    [InlineData("Korea's reliance on China for rare earths fell from 85% to 55%.")]
    public void Reliance_falling_to_N_states_the_level_reached(string text)
    {
        var claim = Assert.Single(Read(text, text.Contains("Korea") ? "en" : "zh"));
        Assert.Equal(("south-korea", "import-reliance", null, Modality.Actual), Fact(claim));
        Assert.Equal(55, claim.Value!.Low); // the undated level it fell from is no figure of the document's date
    }
}
