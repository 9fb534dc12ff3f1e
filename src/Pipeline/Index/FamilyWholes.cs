using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Splits off the wholes a named part widens to (NdPr for neodymium: entity terms boosted below
/// 1), which highlighting marks only in a document where nothing the analyst named is found.
/// Lucene's highlighter marks every query term alike, so the split is made before it runs.
/// </summary>
internal static class FamilyWholes
{
    public static (Query Named, Query? Wholes) Split(Query query)
    {
        var wholes = new BooleanQuery();
        var named = Without(query, wholes);
        return (named ?? new BooleanQuery(), wholes.Clauses.Count == 0 ? null : wholes);
    }

    private static Query? Without(Query query, BooleanQuery wholes)
    {
        if (query is TermQuery { Boost: < 1f } whole && whole.Term.Field == IndexFields.Entity)
        {
            wholes.Add(whole, Occur.SHOULD);
            return null;
        }
        if (query is not BooleanQuery boolean)
        {
            return query;
        }
        var kept = new BooleanQuery { Boost = boolean.Boost };
        foreach (var clause in boolean.Clauses)
        {
            // A word the analyst excluded is not what made a document match: never marked.
            if (clause.Occur != Occur.MUST_NOT && Without(clause.Query, wholes) is { } rest)
            {
                kept.Add(rest, clause.Occur);
            }
        }
        return kept;
    }
}
