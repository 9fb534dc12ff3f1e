using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Changes in per cent (a share price, a market price, output, revenue, exports): read only beside
/// a word of change, signed by it, and never taken for a share (sentences in the team's own words).
/// </summary>
public sealed class ChangeMeasureTests
{
    [Fact]
    public void Shares_jumped_N_percent_is_a_change_in_the_share_price()
    {
        var claim = Assert.Single(Read("Lynas shares jumped 12% on Tuesday."));
        Assert.Equal(("lynas", "share-price-change", null, Modality.Actual), Fact(claim));
        Assert.Equal(12, claim.Value!.Low);
        Assert.Equal(new DateOnly(2025, 11, 18), claim.Time!.From);
    }

    [Fact]
    public void Prices_rose_N_percent_is_a_change_in_the_materials_price()
    {
        var claim = Assert.Single(Read("Dysprosium prices rose about 30% in 2025."));
        Assert.Equal(("dy", "price-change", null, Modality.Actual), Fact(claim));
        Assert.Equal(2025, claim.Time!.From.Year);
    }

    [Fact]
    public void A_fall_is_a_negative_change()
    {
        var claim = Assert.Single(Read("Lynas's sales fell 15% in 2024."));
        Assert.Equal(("lynas", "revenue-growth", null, Modality.Actual), Fact(claim));
        Assert.Equal((-15.0, -15.0), (claim.Value!.Low!.Value, claim.Value.High!.Value));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Fact]
    public void Output_grew_N_percent_is_no_share_of_output()
    {
        var claim = Assert.Single(Read("Australia's rare earth output grew 8% in 2024."));
        Assert.Equal(("australia", "output-growth", null, Modality.Actual), Fact(claim));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("北方稀土股价周二大涨9%。")]
    [InlineData("北方稀土股價週二大漲9%。")]
    public void 股价大涨N_is_a_change_in_the_share_price(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("northern-rare-earth", "share-price-change", null, Modality.Actual), Fact(claim));
        Assert.Equal(9, claim.Value!.Low);
        Assert.Equal(new DateOnly(2025, 11, 18), claim.Time!.From);
    }

    [Theory]
    [InlineData("2024年澳大利亚稀土产量同比增长8%。")]
    [InlineData("2024年澳大利亞稀土產量同比增長8%。")]
    public void 产量同比增长N_is_a_change_in_output(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia", "output-growth", null, Modality.Actual), Fact(claim));
        Assert.Equal(8, claim.Value!.Low);
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("10月中国稀土磁体出口量下降15%。")]
    [InlineData("10月中國稀土磁體出口量下降15%。")]
    public void 出口量下降N_is_a_negative_change_in_exports(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "export-growth", Modality.Actual), (claim.Subject, claim.Attribute, claim.Modality));
        Assert.Equal(-15, claim.Value!.Low);
        Assert.Equal(new DateOnly(2025, 10, 1), claim.Time!.From);
    }

    [Theory]
    [InlineData("中国稀土精炼份额升至91%。")]
    [InlineData("中國稀土精煉份額升至91%。")]
    public void 升至N_states_a_level_not_a_change(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(Written, claim.AsOf);
    }

    [Theory]
    [InlineData("中国稀土精炼份额从85%升至91%。")]
    [InlineData("中國稀土精煉份額從85%升至91%。")]
    public void From_N_to_K_are_two_levels_not_changes(string text)
    {
        var claims = Read(text, "zh");
        Assert.Equal(["refining-share", "refining-share"], claims.Select(c => c.Attribute));
        Assert.Equal([85.0, 91.0], claims.Select(c => c.Value!.Low!.Value));
    }

    [Theory]
    [InlineData("Terbium prices doubled in 2024.", 100)]
    [InlineData("Terbium prices tripled in 2024.", 200)]
    [InlineData("Terbium prices rose threefold in 2024.", 200)]
    public void Prices_doubled_is_a_change_in_per_cent(string text, double change)
    {
        var claim = Assert.Single(Read(text));
        Assert.Equal(("tb", "price-change", null, Modality.Actual), Fact(claim));
        Assert.Equal((change, change), (claim.Value!.Low!.Value, claim.Value.High!.Value));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("2024年铽价上涨两倍。", 200)]
    [InlineData("2024年鋱價上漲兩倍。", 200)]
    [InlineData("2024年铽价格增长了3倍。", 300)]
    [InlineData("2024年鋱價格增長了3倍。", 300)]
    [InlineData("2024年铽价格翻倍。", 100)]
    [InlineData("2024年鋱價格翻倍。", 100)]
    [InlineData("2024年铽价翻了一番。", 100)]
    public void 价格上涨N倍_is_a_change_of_N_hundred_per_cent_as_written(string text, double change)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("tb", "price-change", null, Modality.Actual), Fact(claim));
        Assert.Equal((change, change), (claim.Value!.Low!.Value, claim.Value.High!.Value));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("铽的价格是中国价格的两倍。", "zh")]
    [InlineData("鋱的價格是中國價格的兩倍。", "zh")]
    [InlineData("Terbium carries a threefold price risk.", "en")]
    public void A_multiple_without_a_word_of_rising_is_no_change(string text, string language)
    {
        Assert.DoesNotContain(Read(text, language), c => c.Attribute == "price-change");
    }
}

