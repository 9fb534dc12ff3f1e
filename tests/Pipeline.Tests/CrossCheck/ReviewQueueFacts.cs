using Microsoft.EntityFrameworkCore;
using Pipeline.Claims;
using Pipeline.CrossCheck;
using Pipeline.Extraction;
using Pipeline.Review;
using Pipeline.Storage;

namespace Pipeline.Tests.CrossCheck;

/// <summary>
/// The review queue's rules across cross-check runs and re-analysis, against each real database
/// (the concrete classes). Every test starts from empty tables.
/// </summary>
public abstract class ReviewQueueFacts : IAsyncLifetime
{
    private readonly StorageOptions _options;

    protected ReviewQueueFacts(StorageOptions options) => _options = options;

    public async Task InitializeAsync()
    {
        await PipelineDatabase.EnsureCreatedAsync(_options);
        await using var db = PipelineDatabase.Open(_options);
        await db.ClaimVerdicts.ExecuteDeleteAsync();
        await db.DisputeItems.ExecuteDeleteAsync();
        await db.ReviewItems.ExecuteDeleteAsync();
        await db.Claims.ExecuteDeleteAsync();
        await db.Mentions.ExecuteDeleteAsync();
        await db.Documents.ExecuteDeleteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Running_twice_keeps_one_item_per_pair_with_the_same_id()
    {
        var (a, b) = (await DocumentAsync("a"), await DocumentAsync("b"));
        await AnalyzeAsync(a, 30);
        await AnalyzeAsync(b, 49);

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal((1, 1, 0), (first.Review.Found, first.Review.New, first.Review.Known));
        Assert.Equal((1, 0, 1), (second.Review.Found, second.Review.New, second.Review.Known));
        var entry = Assert.Single(await ListAsync());
        Assert.Equal(("49% vs 30%", ConflictSeverity.High, false), (entry.Item.Reason, entry.Item.Severity, entry.Item.WithinDocument));
        Assert.Equal((b, a), (entry.DocumentA.Id, entry.DocumentB.Id)); // a tie: the later document dissents
    }

    [Fact]
    public async Task A_decision_survives_rerunning_and_reanalysis_that_leaves_the_claims_the_same()
    {
        var (a, b) = (await DocumentAsync("a"), await DocumentAsync("b"));
        await AnalyzeAsync(a, 30);
        await AnalyzeAsync(b, 49);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(id, ReviewStatus.Dismissed, "30% is of heavy rare earths only");

        await AnalyzeAsync(a, 30); // re-analysis re-creates the claims: new ids, same fingerprints
        var run = await RunAsync();

        Assert.Equal((0, 0, 1), (run.Review.New, run.Review.Reopened, run.Review.Known));
        var entry = Assert.Single(await ListAsync());
        Assert.Equal((id, ReviewStatus.Dismissed, "30% is of heavy rare earths only"), (entry.Item.Id, entry.Item.Status, entry.Item.Note));
        Assert.Equal(entry.B.Id, entry.Item.ClaimBId); // re-linked to the re-created claim
        Assert.NotNull(entry.Item.DecidedAt);
    }

    [Fact]
    public async Task A_changed_claim_reopens_its_decided_item_which_keeps_its_id_and_note()
    {
        var (a, b) = (await DocumentAsync("a"), await DocumentAsync("b"));
        await AnalyzeAsync(a, 30);
        await AnalyzeAsync(b, 49);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(id, ReviewStatus.Confirmed, "a real disagreement");

        await AnalyzeAsync(a, 35);
        var run = await RunAsync();

        Assert.Equal((0, 1, 0), (run.Review.New, run.Review.Reopened, run.Review.Stale));
        var entry = Assert.Single(await ListAsync());
        Assert.Equal((id, ReviewStatus.Open, "49% vs 35%", "a real disagreement"), (entry.Item.Id, entry.Item.Status, entry.Item.Reason, entry.Item.Note));
        Assert.Null(entry.Item.DecidedAt);
    }

    [Fact]
    public async Task An_item_whose_conflict_is_gone_is_kept_stale_out_of_the_list_and_comes_back_with_its_decision()
    {
        var (a, b) = (await DocumentAsync("a"), await DocumentAsync("b"));
        await AnalyzeAsync(a, 30);
        await AnalyzeAsync(b, 49);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(id, ReviewStatus.Confirmed, null);

        await AnalyzeAsync(a, 49);
        var agreeing = await RunAsync();

        Assert.Equal((0, 1), (agreeing.Review.Found, agreeing.Review.Stale));
        Assert.Empty(await ListAsync());
        await using (var db = PipelineDatabase.Open(_options))
        {
            var kept = await db.ReviewItems.SingleAsync();
            Assert.Equal((id, ReviewStatus.Confirmed), (kept.Id, kept.Status));
            Assert.NotNull(kept.StaleSince);
        }

        await AnalyzeAsync(a, 30);
        var back = await RunAsync();

        Assert.Equal((0, 0, 1), (back.Review.New, back.Review.Reopened, back.Review.Known));
        var entry = Assert.Single(await ListAsync(ReviewStatus.Confirmed));
        Assert.Equal(id, entry.Item.Id);
    }

    [Fact]
    public async Task A_new_conflict_between_other_documents_is_a_new_item()
    {
        var (a, b, c) = (await DocumentAsync("a"), await DocumentAsync("b"), await DocumentAsync("c"));
        await AnalyzeAsync(a, 30);
        await AnalyzeAsync(b, 49);
        await RunAsync();
        var first = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(first, ReviewStatus.Dismissed, null);

        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(c, 30);
        var run = await RunAsync();

        Assert.Equal((1, 0, 1), (run.Review.New, run.Review.Reopened, run.Review.Stale)); // c once, against the 49% that a and b agree on
        var entries = await ListAsync();
        Assert.Single(entries);
        Assert.All(entries, e => Assert.Equal((c, ReviewStatus.Open), (e.DocumentB.Id == c ? e.DocumentB.Id : e.DocumentA.Id, e.Item.Status)));
        Assert.DoesNotContain(entries, e => e.Item.Id == first);
    }

    [Fact]
    public async Task Deciding_an_unknown_item_finds_nothing()
    {
        await using var db = PipelineDatabase.Open(_options);

        Assert.Null(await new ReviewStore(db).DecideAsync(12345, ReviewStatus.Confirmed, null));
    }

    [Fact]
    public async Task The_database_refuses_a_second_item_for_one_pair()
    {
        var a = await DocumentAsync("a");
        await using var db = PipelineDatabase.Open(_options);
        db.ReviewItems.Add(Item(a));
        await db.SaveChangesAsync();
        db.ReviewItems.Add(Item(a));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        static ReviewItem Item(int document) => new()
        {
            PairKey = ReviewItem.PairKeyOf("x", "y"),
            Subject = "china",
            Attribute = "reserves-share",
            Reason = "x vs y",
            FingerprintA = "x",
            FingerprintB = "y",
            DocumentAId = document,
            DocumentBId = document,
        };
    }

    private async Task<int> DocumentAsync(string name)
    {
        await using var db = PipelineDatabase.Open(_options);
        var saved = await new DocumentStore(db).SaveAsync(new IncomingDocument($"/review/{name}.txt", $"Document {name}.", null, null, "en", null));
        return saved.Document.Id;
    }

    /// <summary>Stores (again) one claim for the document: China's share of reserves is <paramref name="share"/>%.</summary>
    private async Task AnalyzeAsync(int document, double share)
    {
        var sentence = $"China holds {share}% of the world's reserves.";
        var start = sentence.IndexOf(share.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var claim = new Claim("china", "reserves-share", Measure.Exactly(share, "%", "%"), null, null, start, sentence.IndexOf('%', StringComparison.Ordinal) + 1, 0, sentence.Length, sentence);
        await using var db = PipelineDatabase.Open(_options);
        await new ExtractionStore(db).ReplaceAsync([(document, [], [claim])]);
    }

    private Task<CrossCheckReport> RunAsync() =>
        new CrossCheckService(() => PipelineDatabase.Open(_options), CrossCheckOptions.Default).RunAsync();

    private async Task<IReadOnlyList<ReviewEntry>> ListAsync(ReviewStatus? status = null)
    {
        await using var db = PipelineDatabase.Open(_options);
        return await new ReviewStore(db).ListAsync(status);
    }

    private async Task DecideAsync(long id, ReviewStatus decision, string? note)
    {
        await using var db = PipelineDatabase.Open(_options);
        Assert.NotNull(await new ReviewStore(db).DecideAsync(id, decision, note));
    }
}
