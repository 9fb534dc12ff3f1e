using Pipeline.App.Output;
using Pipeline.Extraction.Entities;
using Pipeline.Index;

namespace Pipeline.Tests.Output;

public sealed class SearchedConceptTests
{
    private static readonly Lexicon Lexicon = new([], concepts: [new Concept("agreement", "Agreement", ["agreement", "agreements", "deal", "协议"])]);

    [Fact]
    public void A_concept_is_told_by_the_words_typed_its_name_and_its_other_names_without_the_typed_ones()
    {
        const string query = "Lynas Agreement";
        var found = Assert.Single(Lexicon.Concepts.FindIn(query));
        var results = new SearchResults(0, [], [], [found]);

        var concept = Assert.Single(SearchedConcept.Of(query, results, Lexicon));

        Assert.Equal(("Agreement", "agreement", "Agreement"), (concept.Words, concept.Id, concept.Name));
        // Every name but the one typed, the name matched included (agreements, the longest that fits).
        Assert.Equal(["agreements", "deal", "协议"], concept.OtherNames);
        Assert.Equal("Agreement is searched as the concept Agreement, by all its names: agreements, deal, 协议", concept.ToString());
    }
}
