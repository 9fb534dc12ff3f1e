using Pipeline.App.Evaluation;

namespace Pipeline.Tests.Evaluation;

/// <summary>Finding an annotated quote in the stored text, which cleaning may have re-spaced.</summary>
public sealed class QuoteLocatorTests
{
    [Fact]
    public void Finds_every_occurrence_by_plain_search()
    {
        Assert.Equal([(4, 7), (12, 15)], QuoteLocator.FindAll("Say 90% and 90% again", "90%"));
    }

    [Fact]
    public void Ignores_whitespace_when_plain_search_fails_and_maps_back_to_stored_offsets()
    {
        const string stored = "MP Materials will\nbuild  magnets.";

        var span = Assert.Single(QuoteLocator.FindAll(stored, "will build magnets"));

        Assert.Equal("will\nbuild  magnets", stored[span.Start..span.End]);
    }

    [Fact]
    public void A_quote_that_is_not_there_has_no_span()
    {
        Assert.Empty(QuoteLocator.FindAll("China controls 85%.", "China controls 90%"));
    }
}
