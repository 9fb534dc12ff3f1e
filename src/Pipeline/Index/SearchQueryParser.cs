using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Reads a query in Lucene syntax against the title, word and bigram fields at once. Every
/// word must match (AND), and a run of CJK text becomes a phrase, so 稀土精炼 means those
/// four characters together, in whichever script the document was written. A name of a
/// lexicon entity also matches the entity itself, so "neodymium" finds 釹 and 钕.
/// </summary>
public sealed partial class SearchQueryParser(IndexAnalyzers analyzers, IEntityNames? entityNames = null)
{
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [IndexFields.Title] = 2f,
        [IndexFields.Body] = 1f,
        [IndexFields.BodyBigrams] = 0.5f,
    };

    public Query Parse(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new InvalidSearchQueryException("empty query", new ArgumentException("empty", nameof(query)));
        }
        // The parser keeps state while it reads, so each query gets its own.
        var parser = new MultiFieldQueryParser(IndexAnalyzers.Version, [.. IndexFields.Searched], analyzers.PerField, Boosts)
        {
            DefaultOperator = Operator.AND,
            AutoGeneratePhraseQueries = true,
        };
        try
        {
            return parser.Parse(WithEntities(query));
        }
        catch (ParseException e)
        {
            throw new InvalidSearchQueryException($"cannot read query \"{query}\": {Describe(e.Message)}", e);
        }
    }

    /// <summary>
    /// Widens each entity name outside quotes and field values to (name OR entity:"id"), so
    /// MP Materials also finds MP材料. Words the analyst quoted or fielded are left as written.
    /// </summary>
    internal string WithEntities(string query)
    {
        var names = entityNames?.FindIn(query);
        if (names is null || names.Count == 0)
        {
            return query;
        }
        var quoted = QuotedSpans(query);
        var widened = new StringBuilder(query.Length + 32);
        var at = 0;
        foreach (var name in names.OrderBy(n => n.Start))
        {
            if (name.Start < at || quoted.Any(q => name.Start < q.End && q.Start < name.End) || IsFieldValue(query, name.Start))
            {
                continue;
            }
            var words = query[name.Start..name.End];
            var term = words.Any(char.IsWhiteSpace) ? $"\"{words}\"" : words;
            widened.Append(query, at, name.Start - at)
                .Append('(').Append(term).Append(" OR ").Append(IndexFields.Entity).Append(":\"").Append(name.EntityId).Append("\")");
            at = name.End;
        }
        return widened.Append(query, at, query.Length - at).ToString();
    }

    private static List<(int Start, int End)> QuotedSpans(string query)
    {
        var spans = new List<(int, int)>();
        for (var open = query.IndexOf('"'); open >= 0;)
        {
            var close = query.IndexOf('"', open + 1);
            spans.Add((open, close < 0 ? query.Length : close + 1));
            open = close < 0 ? -1 : query.IndexOf('"', close + 1);
        }
        return spans;
    }

    /// <summary>Whether the word at <paramref name="start"/> is the value of field:value.</summary>
    private static bool IsFieldValue(string query, int start) => start > 0 && query[start - 1] == ':';

    /// <summary>The parser's message told in a line: what it met, and at which column.</summary>
    private static string Describe(string message)
    {
        var firstLine = message.Split('\n')[0];
        var column = ColumnPattern().Match(firstLine);
        var where = column.Success ? $" at column {column.Groups[1].Value}" : string.Empty;
        if (firstLine.Contains("<EOF>", StringComparison.Ordinal))
        {
            return $"the query ends too soon{where} (an unclosed bracket or quote, or a dangling operator?)";
        }
        // Encountered " <OR> "OR "" at line 1, column 6.  ->  OR
        var found = FoundPattern().Match(firstLine);
        var token = found.Success ? QuotedPattern().Match(found.Groups[1].Value) : Match.Empty;
        return token.Success ? $"unexpected '{token.Groups[1].Value.Trim()}'{where}" : $"not valid query syntax{where}";
    }

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex ColumnPattern();

    [GeneratedRegex(@"Encountered ""(.*)"" at line")]
    private static partial Regex FoundPattern();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex QuotedPattern();
}
