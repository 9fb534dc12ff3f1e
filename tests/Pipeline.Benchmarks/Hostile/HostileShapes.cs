using System.Text;

namespace Pipeline.Benchmarks.Hostile;

/// <summary>
/// The input shapes that once made ingestion stall (issue #14): text whose "sentences" never end.
/// Each is built to about the size asked, deterministically.
/// </summary>
internal static class HostileShapes
{
    public static IEnumerable<(string Name, string Text)> All(int characters)
    {
        yield return ("table, 1 line a row, no period", Table(characters));
        yield return ("one English sentence", OneSentence(characters));
        yield return ("Chinese without 。", ChineseWithoutStop(characters));
    }

    /// <summary>Rows like "neodymium oxide price 120 USD/kg share 40% refining capacity 7 tonnes", a line each.</summary>
    public static string Table(int characters) => Repeat(characters, i =>
        $"neodymium oxide price {100 + i % 90} USD/kg share {10 + i % 80}% refining capacity {1 + i % 9} tonnes\n");

    /// <summary>One line of figures joined by commas and "and", never a full stop.</summary>
    public static string OneSentence(int characters) => Repeat(characters, i =>
        $"China produced {1000 + i % 900} tonnes of neodymium oxide in {2000 + i % 25} at {50 + i % 40} USD/kg, and ");

    /// <summary>Simplified Chinese clauses joined by ，, never a 。.</summary>
    public static string ChineseWithoutStop(int characters) => Repeat(characters, i =>
        $"中国{2000 + i % 25}年氧化钕产量为{1000 + i % 900}吨，价格为每公斤{50 + i % 40}美元，占全球份额{10 + i % 80}%，");

    private static string Repeat(int characters, Func<int, string> piece)
    {
        var text = new StringBuilder(characters + 200);
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append(piece(i));
        }
        return text.ToString();
    }
}
