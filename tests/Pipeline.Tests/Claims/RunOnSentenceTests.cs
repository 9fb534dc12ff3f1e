using System.Text;
using Pipeline.Sources;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Text whose "sentences" never end (issue #14) is read in pieces no longer than a real sentence, so it
/// finishes, and its values still make the claims they make in a short sentence.
/// </summary>
public sealed class RunOnSentenceTests
{
    [Fact]
    public void A_table_of_3000_lines_without_a_period_is_read_row_by_row()
    {
        var rows = Enumerable.Range(0, 3000)
            .Select(i => $"neodymium oxide price {100 + i % 90} USD/kg share {10 + i % 80}% refining capacity {1 + i % 9} tonnes");
        // Read as a file is: the cleaner joins lines that end without a period into one "sentence".
        var text = DocumentReader.Read("table.txt", Encoding.UTF8.GetBytes(string.Join('\n', rows))).Text;

        var claims = ClaimReading.Read(text);

        Assert.Equal([("nd", "market-price")], ClaimReading.Read(rows.First()).Select(c => (c.Subject, c.Attribute)));
        Assert.All(claims, c => Assert.Equal(("nd", "market-price"), (c.Subject, c.Attribute)));
        // A row cut where a piece reaches its length may lose its price; at most one a piece.
        Assert.InRange(claims.Count, 2900, 3000);
    }

    [Fact]
    public void Chinese_of_150000_characters_without_a_full_stop_is_read_clause_by_clause()
    {
        var clauses = Enumerable.Range(0, 5000)
            .Select(i => $"中国{2000 + i % 25}年氧化钕产量为{1000 + i % 900}吨，价格为每公斤{50 + i % 40}美元，");
        var text = string.Concat(clauses);

        var claims = ClaimReading.Read(text, "zh");

        Assert.Equal(150_000, text.Length);
        Assert.Equal(
            [("china", "mine-output", 5000), ("nd", "market-price", 5000)],
            claims.GroupBy(c => (c.Subject, c.Attribute)).Select(g => (g.Key.Subject, g.Key.Attribute, g.Count())).Order());
    }
}
