using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Spans of time, each the term of the noun it is attached to: a price floor, a suspension, an offtake.</summary>
public sealed class DurationMeasureTests
{
    [Fact]
    public void A_one_year_suspension_is_the_suspensions_term()
    {
        var claim = Assert.Single(Read("In November 2025 China announced a one-year suspension of the export rules."), c => c.Attribute == "suspension-duration");
        Assert.Equal(("china", "suspension-duration", null, Modality.Actual), Fact(claim));
        Assert.Equal((1.0, "year"), (claim.Value!.Low!.Value, claim.Value.Unit));
        Assert.Equal(new DateOnly(2025, 11, 1), claim.Time!.From);
    }

    [Fact]
    public void The_decisions_term_is_the_actors_of_the_sentence_before()
    {
        var claim = Assert.Single(Read("Beijing has suspended some of its export rules on gallium. "
            + "The decision to pause the rules for twelve months eases pressure on chipmakers."), c => c.Attribute == "suspension-duration");
        Assert.Equal(("china", "suspension-duration"), (claim.Subject, claim.Attribute));
        Assert.Equal((1.0, "year"), (claim.Value!.Low!.Value, claim.Value.Unit)); // twelve months, in years
    }

    [Theory]
    [InlineData("商务部宣布暂停部分出口管制措施。该决定将相关管制暂停一年，以观后效。")]
    [InlineData("商務部宣布暫停部分出口管制措施。該決定將相關管制暫停一年，以觀後效。")]
    public void 该决定的期限_is_the_actors_of_the_sentence_before(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "suspension-duration");
        Assert.Equal(("china", "suspension-duration"), (claim.Subject, claim.Attribute));
        Assert.Equal(1.0, claim.Value!.Low!.Value);
    }

    [Fact]
    public void A_ten_year_floor_is_the_floors_term()
    {
        var claim = Assert.Single(Read("The Pentagon set a 10-year price floor for MP Materials' NdPr oxide."));
        Assert.Equal(("mp-materials", "floor-duration", "ndpr", Modality.Actual), Fact(claim));
        Assert.Equal(10, claim.Value!.Low);
        Assert.Equal(Written, claim.AsOf);
    }

    [Fact]
    public void For_N_years_speaks_of_what_came_before()
    {
        var claims = Read("The deal guarantees MP Materials a minimum price for ten years and commits the Pentagon to buy its magnets.");
        var claim = Assert.Single(claims, c => c.Value?.Unit == "year");
        Assert.Equal(("mp-materials", "floor-duration", null, Modality.Actual), Fact(claim));
    }

    [Fact]
    public void Buying_for_N_years_is_the_offtakes_term()
    {
        var claim = Assert.Single(Read("The Pentagon will buy every magnet MP Materials makes at the plant for ten years."));
        Assert.Equal(("mp-materials", "offtake-duration", null, Modality.Actual), Fact(claim));
        Assert.Equal(10, claim.Value!.Low);
    }

    [Theory]
    [InlineData("商务部宣布暂停实施相关出口管制措施一年。")]
    [InlineData("商務部宣布暫停實施相關出口管制措施一年。")]
    public void 暂停实施N年_is_the_suspensions_term(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "suspension-duration", null, Modality.Actual), Fact(claim));
        Assert.Equal(1, claim.Value!.Low);
        Assert.Equal(Written, claim.AsOf);
    }

    [Theory]
    [InlineData("该协议为MP Materials设定为期十年的价格底线。")]
    [InlineData("該協議為MP Materials設定為期十年的價格底線。")]
    public void 为期N年的价格底线_is_the_floors_term(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("mp-materials", "floor-duration", null, Modality.Actual), Fact(claim));
        Assert.Equal(10, claim.Value!.Low);
    }

    [Theory]
    [InlineData("从2026年开始的五年里，日本将向莱纳斯采购稀土。")]
    [InlineData("從2026年開始的五年裡，日本將向萊納斯採購稀土。")]
    public void A_span_set_off_before_its_clause_takes_that_clauses_measure(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "offtake-duration", null, Modality.Actual), Fact(claim));
        Assert.Equal(5, claim.Value!.Low);
        Assert.Equal(2026, claim.Time!.From.Year);
    }
}
