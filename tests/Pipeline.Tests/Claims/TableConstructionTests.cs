using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Claims read from tables written in text, one per cell: the row's label is the subject, the
/// header or the caption names the measure, the year heading the column is the period (tables in
/// the team's own words and figures, in Simplified, Traditional and English).
/// </summary>
public sealed class TableConstructionTests
{
    private const string Simplified = """
        据行业统计，各国产量起伏很大，其中印度前年减产了400公吨。
        稀土矿产量 | 2021 | 2022 | 2023 |
        巴西 | 1,500 | 2,000 | 3,100 |
        印度 | 2,900 | 0 | 2,800 |
        其他国家 | 300 | 400 | 500 |
        总计 | 9,000 | 10,000 | 11,000 |
        """;

    private const string Traditional = """
        據行業統計，各國產量起伏很大，其中印度前年減產了400公噸。
        稀土礦產量 | 2021 | 2022 | 2023 |
        巴西 | 1,500 | 2,000 | 3,100 |
        印度 | 2,900 | 0 | 2,800 |
        其他國家 | 300 | 400 | 500 |
        總計 | 9,000 | 10,000 | 11,000 |
        """;

    [Theory]
    [InlineData(Simplified)]
    [InlineData(Traditional)]
    public void Each_cell_is_a_claim_about_its_rows_label_for_its_columns_year(string text)
    {
        var claims = Read(text, "zh");
        var brazil = Of(claims, "1,500");
        Assert.Equal(("brazil", "mine-output", null, Modality.Actual), Fact(brazil));
        Assert.Equal((1500.0, "t", 2021), (brazil.Value!.Low!.Value, brazil.Value.Unit, brazil.Time!.From.Year));
        Assert.Equal("1,500", text[brazil.Start..brazil.End]);
        Assert.Equal("巴西 | 1,500 | 2,000 | 3,100 |", brazil.Sentence);
        Assert.Null(brazil.AsOf);
        Assert.Equal(("india", 2023), (Of(claims, "2,800").Subject, Of(claims, "2,800").Time!.From.Year));
    }

    [Theory]
    [InlineData(Simplified)]
    [InlineData(Traditional)]
    public void A_total_row_is_the_world_other_countries_are_nobody_and_a_0_is_stated(string text)
    {
        var claims = Read(text, "zh");
        var total = Of(claims, "11,000");
        Assert.Equal(("world", "mine-output", 11000.0, 2023), (total.Subject, total.Attribute, total.Value!.Low!.Value, total.Time!.From.Year));
        Assert.DoesNotContain(claims, c => c.Sentence.StartsWith("其他", StringComparison.Ordinal));
        var zero = Assert.Single(claims, c => c.Value!.Low == 0);
        Assert.Equal(("india", 2022), (zero.Subject, zero.Time!.From.Year));
        Assert.Equal(9, claims.Count(c => c.Sentence.Contains('|', StringComparison.Ordinal)));
        Assert.DoesNotContain(claims, c => c.Value?.Low is 2021 or 2022 or 2023); // the header's years are periods
    }

    [Fact]
    public void A_markdown_table_under_a_caption_with_the_unit_in_brackets()
    {
        var claims = Read("""
            Rare earth mine production (tonnes)

            | Country     | 2022    | 2023    |
            |-------------|--------:|--------:|
            | Brazil      | 80      | 140     |
            | Other       | 1,000   | 1,200   |
            | World total | 300,000 | 350,000 |
            """);
        var brazil = Of(claims, "140");
        Assert.Equal(("brazil", "mine-output", null, Modality.Actual), Fact(brazil));
        Assert.Equal(2023, brazil.Time!.From.Year);
        Assert.Equal(("world", 2022), (Of(claims, "300,000").Subject, Of(claims, "300,000").Time!.From.Year));
        Assert.Equal(4, claims.Count);
    }

    [Fact]
    public void The_first_header_cell_names_the_measure_and_the_unit()
    {
        var claims = Read("""
            The survey's figures follow.
            Reserves (t) | 2023 | 2024
            India | 6,800,000 | 6,900,000
            World | 90,000,000 | 91,000,000
            """);
        var india = Of(claims, "6,900,000");
        Assert.Equal(("india", "reserves", null, Modality.Actual), Fact(india));
        Assert.Equal((6.9e6, 2024), (india.Value!.Low!.Value, india.Time!.From.Year));
        Assert.Equal("world", Of(claims, "91,000,000").Subject);
    }

    [Fact]
    public void A_column_header_names_its_own_measure_and_year()
    {
        var claims = Read("""
            | Country | Mine production 2024 (t) | Reserves (t) | Share of output |
            |---|---|---|---|
            | Brazil | 150 | 2,100,000 | 0.1 |
            """);
        var output = Of(claims, "150");
        Assert.Equal(("brazil", "mine-output", 2024), (output.Subject, output.Attribute, output.Time!.From.Year));
        var reserves = Of(claims, "2,100,000");
        Assert.Equal(("brazil", "reserves"), (reserves.Subject, reserves.Attribute));
        Assert.Null(reserves.Time);
        Assert.Equal(Written, reserves.AsOf); // no year named: the document's date, as for a present-tense figure
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void A_total_of_companies_is_not_the_world()
    {
        var claims = Read("""
            Output by producer (tonnes)
            Producer | 2024
            Lynas | 10,900
            MP Materials | 45,000
            Total | 55,900
            """);
        Assert.Equal(["lynas", "mp-materials"], claims.Select(c => c.Subject));
    }

    [Theory]
    [InlineData("Output was high.\nCountry | 2023 | 2024\nBrazil | 80 | 140")] // no unit anywhere: no tonnage
    [InlineData("Output was 1,200 tonnes.\nCountry | Revenue | Margin\nBrazil | 80 | 140")] // the columns name other things
    public void Without_a_unit_or_a_measure_a_table_makes_no_claim(string text)
    {
        Assert.Empty(Read(text));
    }

    [Fact]
    public void The_sentences_around_a_table_are_read_as_before()
    {
        var claims = Read("China accounts for 69% of global mine output.\nCountry | 2024\nBrazil | 140\nIndia's share of mine output was 1%.");
        Assert.Equal(("china", "mining-share"), (Of(claims, "69%").Subject, Of(claims, "69%").Attribute));
        Assert.Equal("india", Of(claims, "1%").Subject);
    }
}
