using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Reads a query in Lucene syntax against the title, word and bigram fields at once. Every
/// word must match (AND), and a run of CJK text becomes a phrase, so 稀土精炼 means those
/// four characters together, in whichever script the document was written.
/// </summary>
public sealed partial class SearchQueryParser(IndexAnalyzers analyzers)
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
            return parser.Parse(query);
        }
        catch (ParseException e)
        {
            throw new InvalidSearchQueryException($"cannot read query \"{query}\": {Describe(e.Message)}", e);
        }
    }

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
