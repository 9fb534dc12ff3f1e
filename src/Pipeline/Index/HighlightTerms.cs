using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// The terms a query looks for, field by field, gathered for highlighting. Terms under NOT
/// are left out: a word the analyst excluded is not what made a document match.
/// </summary>
public sealed class HighlightTerms
{
    private readonly Dictionary<string, HashSet<string>> _exact = [];
    private readonly Dictionary<string, List<string>> _prefixes = [];

    public static HighlightTerms From(Query query)
    {
        var terms = new HighlightTerms();
        terms.Collect(query);
        return terms;
    }

    public IReadOnlyCollection<string> Exact(string field) =>
        _exact.TryGetValue(field, out var set) ? set : [];

    public IReadOnlyList<string> Prefixes(string field) =>
        _prefixes.TryGetValue(field, out var list) ? list : [];

    private void Collect(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                Add(term.Term);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    Add(term);
                }
                break;
            case MultiPhraseQuery multiPhrase:
                foreach (var term in multiPhrase.GetTermArrays().SelectMany(t => t))
                {
                    Add(term);
                }
                break;
            case PrefixQuery prefix:
                AddPrefix(prefix.Prefix);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query);
                }
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction)
                {
                    Collect(disjunct);
                }
                break;
        }
    }

    private void Add(Term term)
    {
        if (!_exact.TryGetValue(term.Field, out var set))
        {
            _exact[term.Field] = set = [];
        }
        set.Add(term.Text);
    }

    private void AddPrefix(Term term)
    {
        if (!_prefixes.TryGetValue(term.Field, out var list))
        {
            _prefixes[term.Field] = list = [];
        }
        list.Add(term.Text);
    }
}
