using System.Text.Json;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Claims;

public sealed class ClaimBuilderTests
{
    private static readonly ClaimBuilder Builder = new(AttributeCatalog.Load(SeedCorpus.ConfigFolder));

    [Fact]
    public void Each_share_takes_the_attribute_whose_cue_stands_nearest()
    {
        const string text = "中國憑藉佔全球90%的稀土精煉產能和80%的中重稀土儲量。";
        var claims = Builder.Build(text, "zh",
        [
            Entity(text, "中國", "china", EntityKind.Country),
            Percent(text, "90%", 90),
            Percent(text, "80%", 80),
        ]);

        Assert.Collection(
            claims,
            refining => Assert.Equal(("china", "refining-share", 90.0), (refining.Subject, refining.Attribute, refining.Value!.Low!.Value)),
            reserves => Assert.Equal(("china", "reserves-share", 80.0), (reserves.Subject, reserves.Attribute, reserves.Value!.Low!.Value)));
        Assert.Equal("90%", text[claims[0].Start..claims[0].End]);
        Assert.Equal(text[..^0], claims[0].Sentence);
    }

    [Fact]
    public void A_price_floor_is_the_companys_and_the_material_its_scope()
    {
        const string text = "The Pentagon agreed a 10-year price floor of $110 per kilogram for NdPr oxide made by MP Materials.";
        var claims = Builder.Build(text, "en",
        [
            Entity(text, "Pentagon", "dod", EntityKind.Organisation),
            Rate(text, "$110 per kilogram", 110),
            Entity(text, "NdPr oxide", "ndpr", EntityKind.Material),
            Entity(text, "MP Materials", "mp-materials", EntityKind.Company),
        ]);

        var claim = Assert.Single(claims);
        Assert.Equal(("mp-materials", "price-floor", "ndpr"), (claim.Subject, claim.Attribute, claim.Scope));
    }

    [Fact]
    public void A_price_floor_without_a_material_is_about_the_company()
    {
        const string text = "MP Materials won a floor of $110 per kilogram from the Pentagon.";
        var claims = Builder.Build(text, "en",
        [
            Entity(text, "MP Materials", "mp-materials", EntityKind.Company),
            Rate(text, "$110 per kilogram", 110),
            Entity(text, "Pentagon", "dod", EntityKind.Organisation),
        ]);

        Assert.Equal("mp-materials", Assert.Single(claims).Subject);
    }

    [Fact]
    public void A_sentence_without_a_subject_takes_the_previous_sentences_subject_in_its_paragraph()
    {
        const string text = "China dominates the industry. It refines about 90% of the world's rare earths.";
        var claims = Builder.Build(text, "en",
        [
            Entity(text, "China", "china", EntityKind.Country),
            Percent(text, "about 90%", 90, Qualifier.Approximate),
        ]);

        Assert.Equal(("china", "refining-share"), (Assert.Single(claims).Subject, claims[0].Attribute));
    }

    [Fact]
    public void A_date_near_a_cue_is_the_claims_value_and_a_ministry_acts_for_its_country()
    {
        const string text = "On Nov. 7, 2025, MOFCOM said the October rules would be suspended from Nov. 10, 2025.";
        var claims = Builder.Build(text, "en",
        [
            Date(text, "Nov. 7, 2025", new DateOnly(2025, 11, 7)),
            Entity(text, "MOFCOM", "mofcom", EntityKind.Organisation),
            Date(text, "Nov. 10, 2025", new DateOnly(2025, 11, 10)),
        ]);

        var suspended = Assert.Single(claims, c => c.Attribute == "takes-effect");
        Assert.Equal("suspension", suspended.Scope);
        Assert.Equal(new DateOnly(2025, 11, 10), suspended.DateValue!.From);
        Assert.Equal("china", suspended.Subject); // the ministry acts for its country
    }

    [Fact]
    public void A_value_with_no_cue_makes_no_claim()
    {
        const string text = "China and 90% of something else.";
        Assert.Empty(Builder.Build(text, "en", [Entity(text, "China", "china", EntityKind.Country), Percent(text, "90%", 90)]));
    }

    private static Mention Entity(string text, string surface, string id, EntityKind kind) =>
        At(text, MentionKind.Entity, surface) with { EntityId = id, EntityKind = kind };

    private static Mention Percent(string text, string surface, double value, Qualifier qualifier = Qualifier.Exact) =>
        At(text, MentionKind.Percentage, surface) with { Value = new Measure(value, value, "%", qualifier) };

    private static Mention Rate(string text, string surface, double value) =>
        At(text, MentionKind.Rate, surface) with { Value = Measure.Exactly(value, "USD/kg") };

    private static Mention Date(string text, string surface, DateOnly day) =>
        At(text, MentionKind.Date, surface) with { Date = DateSpan.Day(day) };

    private static Mention At(string text, MentionKind kind, string surface)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' is not in the text");
        return new Mention(kind, start, start + surface.Length, surface);
    }

    /// <summary>Claims read from sentences cut out of the document's normalized text, as ingestion hands it over, are the claims read from each sentence normalized alone.</summary>
    [Fact]
    public void Sentences_cut_from_the_normalized_document_give_the_same_claims()
    {
        var extractor = Extraction.Gold.DefaultExtractors.Create();
        var compared = 0;
        foreach (var path in SeedCorpus.CorpusAndDevNewsFiles().Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(path);
            var language = text.Count(c => c >= '\u4E00' && c <= '\u9FFF') > text.Length / 10 ? "zh" : "en";
            var input = ExtractionInput.From(text, language, new DateOnly(2025, 10, 9));
            var mentions = extractor.Extract(input);

            var alone = Builder.Build(text, language, mentions, input.DocumentDate);
            var cut = Builder.Build(text, language, mentions, input.DocumentDate, input.Normalized);

            Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(cut));
            compared += alone.Count;
        }
        Assert.True(compared > 300, $"only {compared} claims compared");
    }

    /// <summary>The measures asked about a value of one kind are the catalog's measures of that kind, in catalog order (a tie goes to the earlier one).</summary>
    [Fact]
    public void The_measures_of_a_kind_keep_the_catalog_order()
    {
        var catalog = AttributeCatalog.Load(SeedCorpus.ConfigFolder);
        foreach (var kind in Enum.GetValues<MentionKind>())
        {
            Assert.Equal(catalog.Attributes.Where(a => a.ValueKind == kind).Select(a => a.Key), catalog.AttributesOf(kind).Select(a => a.Key));
        }
        Assert.Equal(catalog.Attributes.Count, Enum.GetValues<MentionKind>().Sum(k => catalog.AttributesOf(k).Length));
    }
}
