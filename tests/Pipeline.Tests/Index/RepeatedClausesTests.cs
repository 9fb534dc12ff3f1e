using Lucene.Net.Search;
using Pipeline.Extraction.Entities;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Index;

/// <summary>A query that names one thing twice (in both scripts, or by two names of one concept) reads it once.</summary>
public sealed class RepeatedClausesTests
{
    private static readonly Lexicon Lexicon = Lexicon.Load(SeedCorpus.ConfigFolder);

    private readonly SearchQueryParser _parser = new(IndexAnalyzers.CreateDefault(), new LexiconEntityNames(Lexicon));

    [Theory]
    [InlineData("钕 釹 terbium", "钕 terbium")] // an element in both scripts
    [InlineData("neodymium 釹 terbium", "neodymium terbium")] // by its English name and its Chinese one
    [InlineData("refining OR 精炼 OR export", "refining OR export")] // a concept's two names
    [InlineData("(lynas OR 萊納斯) AND (lynas OR 莱纳斯)", "lynas")] // at every level
    public void A_repeated_clause_is_read_once(string repeating, string once)
    {
        Assert.Equal(_parser.Parse(once).ToString(), Unwrapped(_parser.Parse(repeating)).ToString());
    }

    [Theory]
    [InlineData("refining -refining", 2)] // the same words, one required and one excluded
    [InlineData("钕 terbium", 2)]
    [InlineData("\"gallium mine\" gallium mine", 3)] // a phrase and its words are different queries
    public void Clauses_that_differ_in_query_or_occur_are_all_kept(string query, int clauses)
    {
        Assert.Equal(clauses, ((BooleanQuery)_parser.Parse(query)).Clauses.Count);
    }

    /// <summary>A boolean query left with one clause is that clause, as Lucene rewrites it.</summary>
    private static Query Unwrapped(Query query) =>
        query is BooleanQuery { Clauses.Count: 1 } single && single.Clauses[0].Occur != Occur.MUST_NOT ? Unwrapped(single.Clauses[0].Query) : query;
}
