using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Reads a query in Lucene syntax against the title, word and bigram fields at once. Every
/// word must match (AND), and a run of CJK text becomes a phrase, so 稀土精炼 means those
/// four characters together, in whichever script the document was written.
/// </summary>
public sealed class SearchQueryParser(IndexAnalyzers analyzers)
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
            throw new InvalidSearchQueryException($"cannot read query \"{query}\": {FirstLine(e.Message)}", e);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
