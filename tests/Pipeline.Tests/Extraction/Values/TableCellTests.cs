using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>
/// Bare numbers in a table take the unit its header or caption names; years heading its columns
/// are dates. Tables are the team's own, in Markdown and in the bare form pages paste.
/// </summary>
public sealed class TableCellTests
{
    private const string Table = """
        | Country        | Mine production 2024 (t REO) | Reserves (t REO) | Share |
        |----------------|-----------------------------:|-----------------:|------:|
        | China          | 270,000                      | 44,000,000       | 69    |
        | Brazil         | small                        | 21,000,000       | n/a   |
        """;

    [Fact]
    public void Bare_numbers_under_a_header_with_a_unit_are_quantities_in_it()
    {
        var quantities = Values.In(Table).Where(m => m.Kind == MentionKind.Quantity).ToList();
        Assert.Equal(["270,000", "44,000,000", "21,000,000"], quantities.Select(m => m.Surface));
        Values.AssertMeasure(quantities[0], MentionKind.Quantity, 270000, 270000, "t", Qualifier.Exact);
    }

    [Fact]
    public void Cleaned_text_with_blank_lines_between_rows_is_still_a_table()
    {
        var spaced = Table.Replace("\n", "\n\n", StringComparison.Ordinal);
        Assert.Equal(3, Values.In(spaced).Count(m => m.Kind == MentionKind.Quantity));
    }

    [Fact]
    public void A_column_without_a_unit_and_a_single_column_without_a_separator_give_no_values()
    {
        Assert.DoesNotContain(Values.In(Table), m => m.Surface == "69");
        Assert.DoesNotContain(Values.In("| Reserves (t) |\n| 270,000 |"), m => m.Kind == MentionKind.Quantity);
    }

    [Theory]
    [InlineData("去年各矿区的产量均有增长，甲矿区增加了1,500公吨。\n矿区产量 | 2022 | 2023 |\n甲矿区 | 12,500 | 14,000 |\n乙矿区 | 800 | 0 |")]
    [InlineData("去年各礦區的產量均有增長，甲礦區增加了1,500公噸。\n礦區產量 | 2022 | 2023 |\n甲礦區 | 12,500 | 14,000 |\n乙礦區 | 800 | 0 |")]
    public void A_unit_after_a_number_in_the_line_above_is_the_tables(string text)
    {
        var cells = Values.In(text).Where(m => m.Kind == MentionKind.Quantity && m.Start > text.IndexOf('\n', StringComparison.Ordinal)).ToList();
        Assert.Equal(["12,500", "14,000", "800", "0"], cells.Select(m => m.Surface));
        Values.AssertMeasure(cells[0], MentionKind.Quantity, 12500, 12500, "t", Qualifier.Exact);
        Values.AssertMeasure(cells[3], MentionKind.Quantity, 0, 0, "t", Qualifier.Exact);
    }

    [Fact]
    public void Years_heading_the_columns_are_dates_not_quantities()
    {
        var mentions = Values.In("Output (tonnes)\nSite | 2022 | 2023\nNorth pit | 2,024 | 2,100");
        Assert.Equal([2022, 2023], mentions.Where(m => m.Kind == MentionKind.Date).Select(m => m.Date!.From.Year));
        Assert.Equal(["2,024", "2,100"], mentions.Where(m => m.Kind == MentionKind.Quantity).Select(m => m.Surface));
    }

    [Theory]
    [InlineData("单位：万吨\n品种 | 2023 | 2024 |\n甲 | 1.5 | 2 |", 15000)]
    [InlineData("矿区 | 产量（万吨） |\n甲 | 1.5 |", 15000)]
    [InlineData("Mine output (thousand tonnes)\n| Site | 2024 |\n|---|---|\n| North | 1.5 |", 1500)]
    [InlineData("Reserves (t) | 2023 | 2024\nNorth | 1.5 | 2", 1.5)]
    [InlineData("Figures are given in metric tons.\nSite | 2023 | 2024\nNorth | 1.5 | 2", 1.5)]
    public void A_unit_with_a_magnitude_or_in_the_first_header_cell_applies_to_the_columns(string text, double first)
    {
        var cell = Values.In(text).First(m => m.Kind == MentionKind.Quantity);
        Assert.Equal("1.5", cell.Surface);
        Values.AssertMeasure(cell, MentionKind.Quantity, first, first, "t", Qualifier.Exact);
    }

    [Theory]
    [InlineData("今年产量达27万吨。\n矿区 | 2023 | 2024 |\n甲 | 15 | 27 |")] // the number's own magnitude: 15 may be 万吨
    [InlineData("Output grew 12% last year.\nSite | 2023 | 2024\nNorth | 15 | 27")] // no unit at all
    [InlineData("Output was 270,000 tonnes.\nSite | Share | Growth\nNorth | 15 | 27")] // the columns name something else
    public void Without_a_unit_for_the_column_a_bare_number_is_no_quantity(string text)
    {
        Assert.DoesNotContain(Values.In(text), m => m.Kind == MentionKind.Quantity && m.Surface is "15" or "27");
    }
}
