using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>A Markdown table column whose header names a unit in brackets gives its bare numbers that unit.</summary>
public sealed class MarkdownTableTests
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
    public void A_column_without_a_unit_and_a_table_without_a_separator_give_no_values()
    {
        Assert.DoesNotContain(Values.In(Table), m => m.Surface == "69");
        Assert.DoesNotContain(Values.In("| Reserves (t) |\n| 270,000 |"), m => m.Kind == MentionKind.Quantity);
    }
}
