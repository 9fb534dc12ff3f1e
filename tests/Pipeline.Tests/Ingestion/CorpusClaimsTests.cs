using Pipeline.Extraction;

namespace Pipeline.Tests.Ingestion;

/// <summary>Claims built from the real corpus, as ingestion stores them.</summary>
public sealed class CorpusClaimsTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public async Task Price_floors_are_read_per_kilogram_and_per_pound_as_mp_materials_floor_of_ndpr()
    {
        var floors = await corpus.Pipeline.ClaimsAsync(attribute: "price-floor");

        var perKilogram = Assert.Single(floors, c => c.DocumentId == corpus.IdOf("en_02"));
        Assert.Equal(("mp-materials", "ndpr", 110.0, "USD/kg"), (perKilogram.Subject, perKilogram.Scope, perKilogram.Low!.Value, perKilogram.Unit!));

        // en_05 says "$110 per pound for the company's NdPr oxide": the same figure, a different unit, 242.5 USD/kg.
        var perPound = Assert.Single(floors, c => c.DocumentId == corpus.IdOf("en_05"));
        Assert.Equal(("mp-materials", "USD/lb"), (perPound.Subject, perPound.StatedUnit!));

        // en_01 names no company in its sentence ("a price floor of $110 per kilogram for NdPr oxide"): the material's.
        Assert.Equal("ndpr", Assert.Single(floors, c => c.DocumentId == corpus.IdOf("en_01")).Subject);
        Assert.Equal(242.508, perPound.Low!.Value, 3);
    }

    [Fact]
    public async Task Refining_shares_are_about_china_with_their_qualifiers()
    {
        var refining = await corpus.Pipeline.ClaimsAsync("china", "refining-share");

        Assert.Contains(refining, c => c.DocumentId == corpus.IdOf("001") && c.Low == 90 && c.Qualifier == Qualifier.Exact);
        Assert.Contains(refining, c => c.DocumentId == corpus.IdOf("003") && c.Low == 95 && c.Qualifier == Qualifier.AtLeast);
        Assert.Contains(refining, c => c.DocumentId == corpus.IdOf("en_06") && c.Low == 85 && c.Qualifier == Qualifier.Approximate);
        Assert.Contains(refining, c => c.DocumentId == corpus.IdOf("en_03") && c.Low == 90 && c.High is null);
    }

    [Fact]
    public async Task Reserve_shares_are_about_china_in_both_languages()
    {
        var reserves = await corpus.Pipeline.ClaimsAsync(attribute: "reserves-share");

        Assert.All(reserves, c => Assert.Equal("china", c.Subject));
        Assert.Contains(reserves, c => c.DocumentId == corpus.IdOf("004") && c.Low == 48.9);
        Assert.Contains(reserves, c => c.DocumentId == corpus.IdOf("en_04") && c.Low == 40 && c.Qualifier == Qualifier.Approximate);
        Assert.Contains(reserves, c => c.DocumentId == corpus.IdOf("en_09") && c.Low == 49);
    }

    [Fact]
    public async Task A_claims_span_is_its_value_as_written_inside_its_sentence()
    {
        foreach (var claim in await corpus.Pipeline.ClaimsAsync())
        {
            var document = await corpus.Pipeline.DocumentAsync(claim.DocumentId);
            Assert.Equal(claim.Sentence, document.Text[claim.SentenceStart..claim.SentenceEnd]);
            Assert.InRange(claim.Start, claim.SentenceStart, claim.End);
            Assert.InRange(claim.End, claim.Start, claim.SentenceEnd);
        }
    }

    [Fact]
    public async Task Mentions_are_stored_with_offsets_into_the_original_text()
    {
        var id = corpus.IdOf("004");
        var document = await corpus.Pipeline.DocumentAsync(id);
        var mentions = await corpus.Pipeline.MentionsAsync(id);

        Assert.All(mentions, m => Assert.Equal(m.Surface, document.Text[m.Start..m.End]));
        Assert.Contains(mentions, m => m.EntityId == "mofcom" && m.Surface == "商務部");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Money && m.Unit == "USD" && m.Low == 4e8);
    }
}
