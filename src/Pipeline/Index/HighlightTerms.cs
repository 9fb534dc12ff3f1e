using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// What a query looks for, field by field, gathered for highlighting: phrases (a single term
/// is a phrase of one) and prefixes, and the concepts it looks for by their terms. Clauses under
/// NOT are left out: a word the analyst excluded is not what made a document match. Entities
/// boosted below 1 (the wholes a part belongs to: NdPr for neodymium) are kept apart, as a
/// fallback: they are marked only in a document where nothing the analyst named is found.
/// </summary>
public sealed class HighlightTerms
{
    private readonly Dictionary<string, List<HighlightPhrase>> _phrases = [];
    private readonly Dictionary<string, List<string>> _prefixes = [];
    private readonly HashSet<string> _concepts = new(StringComparer.Ordinal);

    public static HighlightTerms From(Query query)
    {
        var terms = new HighlightTerms();
        var fallback = new HighlightTerms();
        terms.Collect(query, fallback);
        terms.Fallback = fallback.IsEmpty ? null : fallback;
        return terms;
    }

    /// <summary>What the query looks for at a lower weight, to mark where nothing else is found.</summary>
    public HighlightTerms? Fallback { get; private set; }

    private bool IsEmpty => _phrases.Count == 0 && _prefixes.Count == 0 && _concepts.Count == 0;

    /// <summary>The terms of the concepts the query looks for (<see cref="ConceptRules.Term"/>), whatever the field.</summary>
    public IReadOnlySet<string> Concepts => _concepts;

    public IReadOnlyList<HighlightPhrase> Phrases(string field) =>
        _phrases.TryGetValue(field, out var list) ? list : [];

    public IReadOnlyList<string> Prefixes(string field) =>
        _prefixes.TryGetValue(field, out var list) ? list : [];

    private void Collect(Query query, HighlightTerms fallback)
    {
        if (fallback != this && query is TermQuery { Boost: < 1f } whole && whole.Term.Field == IndexFields.Entity)
        {
            fallback.Collect(query, fallback);
            return;
        }
        switch (query)
        {
            case TermQuery term when term.Term.Text.StartsWith(ConceptRules.TermMark):
                _concepts.Add(term.Term.Text);
                break;
            case TermQuery term:
                AddPhrase(term.Term.Field, [(term.Term.Text, 0)]);
                break;
            case PhraseQuery phrase when phrase.GetTerms().Length > 0:
                var positions = phrase.GetPositions();
                AddPhrase(phrase.GetTerms()[0].Field, [.. phrase.GetTerms().Select((t, i) => (t.Text, positions[i] - positions[0]))]);
                break;
            case MultiPhraseQuery multiPhrase:
                // Rare (synonyms at one position): highlight each term alone.
                foreach (var term in multiPhrase.GetTermArrays().SelectMany(t => t))
                {
                    AddPhrase(term.Field, [(term.Text, 0)]);
                }
                break;
            case PrefixQuery prefix:
                Add(_prefixes, prefix.Prefix.Field, prefix.Prefix.Text);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, fallback);
                }
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction)
                {
                    Collect(disjunct, fallback);
                }
                break;
        }
    }

    private void AddPhrase(string field, (string Term, int Position)[] terms) =>
        Add(_phrases, field, new HighlightPhrase(terms));

    private static void Add<T>(Dictionary<string, List<T>> byField, string field, T item)
    {
        if (!byField.TryGetValue(field, out var list))
        {
            byField[field] = list = [];
        }
        list.Add(item);
    }
}
