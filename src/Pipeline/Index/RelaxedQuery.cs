using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// The fallback when every word is required (AND) and few documents have them all: all but one
/// of the words. A document in another language often lacks one word of a query (a place name
/// written only in English, a word no lexicon entry translates), and AND alone would hide it.
/// </summary>
internal static class RelaxedQuery
{
    /// <summary>Below this many hits for the whole query, the hits of the relaxed query follow them.</summary>
    public const int FewHits = 10;

    /// <summary>
    /// The query with all but one of its words needed; null when there is nothing to relax (fewer
    /// than two words typed). Words only: a field the analyst named (script:hant, entity:lynas) stays a filter, and a query
    /// where they wrote AND or + themselves stays as written.
    /// </summary>
    public static Query? Of(Query query, string asWritten)
    {
        if (query is not BooleanQuery boolean
            || TypedWords(asWritten).Length < 2
            || WritesRequired(asWritten)
            || boolean.Clauses.Any(c => c.Occur == Occur.SHOULD)
            || boolean.Clauses.Count(IsWord) is var words && words < 2)
        {
            return null;
        }
        var relaxed = new BooleanQuery { Boost = boolean.Boost, MinimumNumberShouldMatch = words - 1 };
        foreach (var clause in boolean.Clauses)
        {
            relaxed.Add(clause.Query, IsWord(clause) ? Occur.SHOULD : clause.Occur);
        }
        return relaxed;
    }

    private static bool IsWord(BooleanClause clause) =>
        clause.Occur == Occur.MUST && clause.Query switch
        {
            NamedEntityQuery => true,
            TermQuery term => !IndexFields.Keywords.Contains(term.Term.Field),
            MultiTermQuery pattern => !IndexFields.Keywords.Contains(pattern.Field),
            _ => true,
        };

    private static bool WritesRequired(string query) =>
        TypedWords(query).Any(w => w == "AND" || w == "&&" || w.StartsWith('+'));

    /// <summary>
    /// The words as the analyst typed them, between spaces. One typed word can parse into several
    /// required clauses (稀土精煉: the entity 稀土 and the concept 精煉), and dropping one of those
    /// would find every document that names rare earths.
    /// </summary>
    private static string[] TypedWords(string query) =>
        query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
