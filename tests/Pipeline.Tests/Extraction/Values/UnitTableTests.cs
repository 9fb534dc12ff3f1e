using Pipeline.Extraction;
using Pipeline.Extraction.Values;

namespace Pipeline.Tests.Extraction.Values;

public sealed class UnitTableTests
{
    [Fact]
    public void The_repository_table_knows_the_currencies_of_the_domain()
    {
        Assert.Superset(new HashSet<string> { "USD", "CNY", "EUR", "AUD", "JPY", "GBP" }, Values.Units.CurrencyCodes.ToHashSet());
    }

    [Fact]
    public void An_analyst_can_add_a_currency_in_any_script_and_case()
    {
        const string yaml = """
            currencies:
              - code: inr
                prefixes: [₹, INR]
                suffixes: [盧比, rupees]
            mass:
              - symbol: t
                factor: 1
                words: [噸]
            """;
        var extractor = new ValueExtractor(UnitTable.Parse(yaml));
        var mentions = extractor.Extract(ExtractionInput.From("INR 500 and 300 Rupees, 40噸 and 5盧比", "en", null)).ToList();
        Assert.Equal(["INR 500", "300 Rupees", "40噸", "5盧比"], mentions.Select(m => m.Surface));
        Assert.All(mentions.Where(m => m.Kind == MentionKind.Money), m => Assert.Equal("INR", m.Value!.Unit));
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => UnitTable.Load("/nonexistent/config"));
        Assert.Contains("/nonexistent/config", error.Message, StringComparison.Ordinal);
    }
}
