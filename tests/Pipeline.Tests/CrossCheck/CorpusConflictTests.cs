using Pipeline.CrossCheck;
using Pipeline.Review;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Ingestion;

namespace Pipeline.Tests.CrossCheck;

/// <summary>
/// The cross-check over the real corpus (claims as ingestion builds them): the disagreements
/// the team found by reading it are flagged, with their reasons; the figures that agree are not.
/// </summary>
public sealed class CorpusConflictTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>, IAsyncLifetime
{
    private IReadOnlyList<ReviewEntry> _items = [];
    private ILookup<(string, string), int> _claimDocuments = Array.Empty<int>().ToLookup(_ => ("", ""));

    /// <summary>
    /// (subject, attribute, dissenting document, its figure, the figure it contradicts): each dissenting
    /// claim must be an item, against a claim of the best-supported figure. Figures as reasons write them.
    /// </summary>
    public static TheoryData<string, string, string, string, string> Disagreements => new()
    {
        // corpus/README #1: per pound in en_05 (and in 001's 每磅), per kilogram everywhere else.
        // A floor is MP Materials' (a term of its deal), NdPr oxide its scope.
        { "mp-materials", "price-floor", "en_05", "110 USD/lb = 242.5 USD/kg", "110 USD/kg" },
        { "mp-materials", "price-floor", "001", "110 USD/lb = 242.5 USD/kg", "110 USD/kg" },
        // #3: reserves, about 40% in en_04 and 30% in 001 against 49% (en_09) and 48.9% (004).
        { "china", "reserves-share", "en_04", "≈40%", "48.9%" },
        { "china", "reserves-share", "001", "30%", "48.9%" },
        // #4: refining, about 85% in en_06 against more than 90%; 95%以上 in 003 against around 90%.
        { "china", "refining-share", "en_06", "≈85%", "≥90%" },
        { "china", "refining-share", "003", "≥95%", "90%" },
        // #5: mine production, about 60% in en_09 against 69%, nearly 70%, 70% and 接近70%.
        { "china", "mining-share", "en_09", "≈60%", "70%" },
        // MP's planned magnet capacity: a target of 1,000 t a year in 001, of 10,000 t in en_01 (one each: the later one dissents).
        { "mp-materials", "production-capacity", "en_01", "10,000 t", "1,000 t" },
    };

    /// <summary>(subject, attribute, document, figure, other document, other figure): figures that agree, never an item.</summary>
    public static TheoryData<string, string, string, string, string, string> Agreements => new()
    {
        { "mp-materials", "price-floor", "en_10", "110 USD/kg", "004", "110 USD/kg" },      // $110 per kilogram / 每公斤110美元
        { "mp-materials", "price-floor", "en_02", "110 USD/kg", "en_08", "110 USD/kg" },
        { "china", "reserves-share", "en_09", "49%", "004", "48.9%" },               // 49 percent / 48.9%
        { "china", "refining-share", "en_03", "≥90%", "en_07", "≈90%" },            // more than 90% / around 90%
        { "china", "refining-share", "001", "90%", "en_08", "≈90%" },               // 90% / around 90%
        { "china", "mining-share", "en_03", "69%", "en_08", "≈70%" },               // 69 percent / nearly 70%
        { "china", "mining-share", "001", "70%", "004", "≈70%" },                   // 70% / 接近70%
        { "mp-materials", "equity-investment", "en_02", "400 million USD", "004", "400 million USD" }, // US$400m / 4億美元 of preferred stock
        { "mp-materials", "production-capacity", "en_01", "10,000 t", "en_10", "10,000 t" },
        { "neo-performance-materials", "production-capacity", "en_06", "2,000 t", "en_10", "2,000 t" },
    };

    public async Task InitializeAsync()
    {
        var options = CrossCheckOptions.Load(SeedCorpus.ConfigFolder);
        await new CrossCheckService(() => PipelineDatabase.Open(corpus.Pipeline.Storage), options).RunAsync();
        await using var db = PipelineDatabase.Open(corpus.Pipeline.Storage);
        _items = await new ReviewStore(db).ListAsync();
        _claimDocuments = (await corpus.Pipeline.ClaimsAsync()).ToLookup(c => (c.Subject, c.Attribute), c => c.DocumentId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Items between the two documents' claims of these figures, whichever is A.</summary>
    private List<ReviewEntry> ItemsFor(string subject, string attribute, string document, string figure, string otherDocument, string otherFigure)
    {
        var (one, other) = (corpus.IdOf(document), corpus.IdOf(otherDocument));
        return [.. _items.Where(i => i.Item.Subject == subject && i.Item.Attribute == attribute
            && ((i.DocumentA.Id == one && i.DocumentB.Id == other && i.Item.Reason == $"{figure} vs {otherFigure}")
                || (i.DocumentA.Id == other && i.DocumentB.Id == one && i.Item.Reason == $"{otherFigure} vs {figure}")))];
    }

    [Theory]
    [MemberData(nameof(Disagreements))]
    public void A_disagreement_found_by_reading_is_flagged_once_with_its_reason(
        string subject, string attribute, string document, string figure, string otherFigure)
    {
        var dissent = corpus.IdOf(document);
        Assert.Single(_items, i => i.Item.Subject == subject && i.Item.Attribute == attribute
            && i.DocumentA.Id == dissent && i.Item.Reason == $"{figure} vs {otherFigure}");
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Figures_that_agree_are_not_flagged(
        string subject, string attribute, string document, string figure, string otherDocument, string otherFigure)
    {
        Assert.Empty(ItemsFor(subject, attribute, document, figure, otherDocument, otherFigure));
        Assert.Contains(corpus.IdOf(document), _claimDocuments[(subject, attribute)]);
        Assert.Contains(corpus.IdOf(otherDocument), _claimDocuments[(subject, attribute)]);
    }

    [Fact]
    public void The_unit_confusion_is_high_and_the_per_pound_claim_is_the_dissent()
    {
        var floors = _items.Where(i => i.Item.Attribute == "price-floor" && i.Item.Subject == "mp-materials").ToList();

        // Two per-pound claims (en_05, 001), each reported once: not once for each of the six per-kilogram ones.
        Assert.Equal(2, floors.Count);
        Assert.All(floors, i => Assert.Equal(("USD/lb", ConflictSeverity.High), (i.A.StatedUnit, i.Item.Severity)));
        Assert.Contains(floors, i => i.DocumentA.Id == corpus.IdOf("en_05"));
    }
}
