using Microsoft.EntityFrameworkCore;
using Pipeline.Claims;
using Pipeline.CrossCheck;
using Pipeline.Extraction;
using Pipeline.Review;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.CrossCheck;

/// <summary>
/// The review queue by disputed fact across cross-check runs, re-analysis and decisions, against each
/// real database (the concrete classes). Every test starts from empty tables.
/// </summary>
public abstract class DisputeQueueFacts(StorageOptions options) : IAsyncLifetime
{
    public Task InitializeAsync() => EmptyTables.ResetAsync(options);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task One_dissent_against_three_sources_is_one_dispute_that_reruns_never_duplicate()
    {
        var (a, b, c, d) = (await DocumentAsync("a"), await DocumentAsync("b"), await DocumentAsync("c"), await DocumentAsync("d"));
        foreach (var agreeing in new[] { a, b, c })
        {
            await AnalyzeAsync(agreeing, 49);
        }
        await AnalyzeAsync(d, 30);

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal((1, 1, 0), (first.Disputes.Found, first.Disputes.New, first.Disputes.Known));
        Assert.Equal((1, 0, 1), (second.Disputes.Found, second.Disputes.New, second.Disputes.Known));
        Assert.Equal(1, second.Review.Found); // the pair queue holds the dissent once too, against one of the three
        var dispute = Assert.Single(await ListAsync());
        Assert.Equal(("china", "reserves-share", "30% vs 49%, 19 points"), (dispute.Item.Subject, dispute.Item.Attribute, dispute.Item.Reason));
        Assert.Equal([("49%", false, 3), ("30%", true, 1)], dispute.Groups.Select(g => (g.Value, g.Dissent, g.Sources)));
        Assert.Equal(d, Assert.Single(dispute.Groups[1].Claims).Document.Id);
    }

    [Fact]
    public async Task A_decision_survives_rerunning_reanalysis_and_a_new_agreeing_source()
    {
        var (a, b, c) = (await DocumentAsync("a"), await DocumentAsync("b"), await DocumentAsync("c"));
        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(b, 30);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(id, DisputeStatus.Confirmed, note: "two real readings");

        await AnalyzeAsync(a, 49); // re-created claims, same fingerprints
        await AnalyzeAsync(c, 49); // another source for a value already there
        var run = await RunAsync();

        Assert.Equal((0, 0, 1), (run.Disputes.New, run.Disputes.Reopened, run.Disputes.Known));
        var dispute = Assert.Single(await ListAsync());
        Assert.Equal((id, DisputeStatus.Confirmed, "two real readings"), (dispute.Item.Id, dispute.Item.Status, dispute.Item.Note));
        Assert.Equal(2, dispute.Groups[0].Sources);
    }

    [Fact]
    public async Task A_new_dissenting_value_reopens_a_decided_dispute_and_shows_the_earlier_decision()
    {
        var (a, b, c) = (await DocumentAsync("a"), await DocumentAsync("b"), await DocumentAsync("c"));
        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(b, 30);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(id, DisputeStatus.Dismissed, DismissReason.DifferentScope, note: "30% is of heavy rare earths");

        await AnalyzeAsync(c, 60);
        var run = await RunAsync();

        Assert.Equal((0, 1), (run.Disputes.New, run.Disputes.Reopened));
        var dispute = Assert.Single(await ListAsync());
        Assert.Equal((id, DisputeStatus.Open, 3), (dispute.Item.Id, dispute.Item.Status, dispute.Groups.Count));
        Assert.StartsWith("dismissed (different-scope) on ", dispute.Item.PreviousDecision, StringComparison.Ordinal);
        Assert.EndsWith(": 30% is of heavy rare earths", dispute.Item.PreviousDecision, StringComparison.Ordinal);
        Assert.Null(dispute.Item.DecidedAt);
    }

    [Fact]
    public async Task A_verdict_stays_with_the_same_figures_and_goes_when_a_new_value_appears()
    {
        var (a, b, c, d) = (await DocumentAsync("a"), await DocumentAsync("b"), await DocumentAsync("c"), await DocumentAsync("d"));
        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(b, 30);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await using (var db = PipelineDatabase.Open(options))
        {
            var verdict = new DisputeVerdict(false, false, "different-scope", "30% is of heavy rare earths", 0.7, "m", DateTimeOffset.UnixEpoch);
            Assert.True(await new DisputeStore(db).SaveVerdictAsync(id, verdict));
        }

        await AnalyzeAsync(c, 49); // another source for a value the model saw
        await RunAsync();
        Assert.Equal("different-scope", Assert.Single(await ListAsync()).Item.VerdictCause);

        await AnalyzeAsync(d, 60);
        await RunAsync();
        var item = Assert.Single(await ListAsync()).Item;
        Assert.Equal((id, null, null), (item.Id, item.VerdictCause, item.VerdictAt));
    }

    [Fact]
    public async Task A_changed_claim_reopens_its_dispute()
    {
        var (a, b) = (await DocumentAsync("a"), await DocumentAsync("b"));
        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(b, 30);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(id, DisputeStatus.Confirmed);

        await AnalyzeAsync(b, 35);
        var run = await RunAsync();

        Assert.Equal(1, run.Disputes.Reopened);
        var dispute = Assert.Single(await ListAsync(DisputeStatus.Open));
        Assert.Equal((id, "confirmed"), (dispute.Item.Id, dispute.Item.PreviousDecision![..9]));
    }

    [Fact]
    public async Task A_dismissal_as_an_extraction_error_keeps_the_dissenting_claim_out_of_later_disputes()
    {
        var (a, b, c, d) = (await DocumentAsync("a"), await DocumentAsync("b"), await DocumentAsync("c"), await DocumentAsync("d"));
        var copy = await DocumentAsync("copy-of-c");
        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(b, 49);
        await AnalyzeAsync(c, 30);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await DecideAsync(id, DisputeStatus.Dismissed, DismissReason.ExtractionError);

        await AnalyzeAsync(c, 30); // re-analysis reads the same figure again
        await AnalyzeAsync(copy, 30); // the same sentence, read the same way, in another document
        await AnalyzeAsync(d, 40); // and a new dissent comes in
        var run = await RunAsync();

        var dispute = Assert.Single(await ListAsync());
        Assert.Equal(id, dispute.Item.Id);
        Assert.DoesNotContain(dispute.Groups, g => g.Claims.Any(claim => claim.Document.Id == c || claim.Document.Id == copy));
        Assert.Equal(["49%", "40%"], dispute.Groups.Select(g => g.Value));
        Assert.DoesNotContain(run.Result.Conflicts, conflict => conflict.A.DocumentId == c || conflict.B.DocumentId == c);
        await using var db = PipelineDatabase.Open(options);
        Assert.Equal(id, (await db.ClaimVerdicts.SingleAsync()).DisputeId);
    }

    [Fact]
    public async Task A_decision_taken_on_a_pair_item_is_carried_over_to_its_dispute_once()
    {
        var (a, b) = (await DocumentAsync("a"), await DocumentAsync("b"));
        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(b, 30);
        await RunAsync();
        await using (var db = PipelineDatabase.Open(options))
        {
            // As a database from before disputes: the pair item decided, no dispute items yet.
            await db.DisputeItems.ExecuteDeleteAsync();
            var pair = await db.ReviewItems.SingleAsync();
            Assert.NotNull(await new ReviewStore(db).DecideAsync(pair.Id, ReviewStatus.Dismissed, "not the same survey"));
        }

        var run = await RunAsync();

        Assert.Equal((1, 1), (run.Disputes.New, run.Disputes.Carried));
        var dispute = Assert.Single(await ListAsync());
        Assert.Equal((DisputeStatus.Dismissed, DismissReason.Other, "not the same survey"), (dispute.Item.Status, dispute.Item.DismissReason, dispute.Item.Note));
        await DecideAsync(dispute.Item.Id, DisputeStatus.Confirmed);
        Assert.Equal(0, (await RunAsync()).Disputes.Carried);
        Assert.Equal(DisputeStatus.Confirmed, Assert.Single(await ListAsync()).Item.Status);
    }

    [Fact]
    public async Task Correct_marks_one_value_group_and_a_dismissal_needs_a_reason()
    {
        var (a, b, c) = (await DocumentAsync("a"), await DocumentAsync("b"), await DocumentAsync("c"));
        await AnalyzeAsync(a, 49);
        await AnalyzeAsync(b, 49);
        await AnalyzeAsync(c, 30);
        await RunAsync();
        var id = Assert.Single(await ListAsync()).Item.Id;
        await using var db = PipelineDatabase.Open(options);
        var store = new DisputeStore(db);

        await Assert.ThrowsAsync<InvalidDecisionException>(() => store.DecideAsync(id, DisputeStatus.Corrected, correctGroup: 3));
        await Assert.ThrowsAsync<InvalidDecisionException>(() => store.DecideAsync(id, DisputeStatus.Dismissed));
        var corrected = await store.DecideAsync(id, DisputeStatus.Corrected, correctGroup: 1);

        Assert.Equal((DisputeStatus.Corrected, "49%"), (corrected!.Status, corrected.CorrectValue));
        Assert.Equal("corrected to 49%", DisputeStore.Describe(corrected)[..16]);
        Assert.Null(await store.DecideAsync(12345, DisputeStatus.Confirmed));
    }

    private async Task<int> DocumentAsync(string name)
    {
        await using var db = PipelineDatabase.Open(options);
        var saved = await new DocumentStore(db).SaveAsync(new IncomingDocument($"/disputes/{name}.txt", $"Document {name}.", null, null, "en", null));
        return saved.Document.Id;
    }

    /// <summary>Stores (again) one claim for the document: China's share of reserves is <paramref name="share"/>%.</summary>
    private async Task AnalyzeAsync(int document, double share)
    {
        var sentence = $"China holds {share}% of the world's reserves.";
        var start = sentence.IndexOf(share.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var claim = new Claim("china", "reserves-share", Measure.Exactly(share, "%", "%"), null, null, start, sentence.IndexOf('%', StringComparison.Ordinal) + 1, 0, sentence.Length, sentence);
        await using var db = PipelineDatabase.Open(options);
        await new ExtractionStore(db).ReplaceAsync([(document, [], [claim])]);
    }

    private Task<CrossCheckReport> RunAsync() =>
        new CrossCheckService(() => PipelineDatabase.Open(options), CrossCheckOptions.Default).RunAsync();

    private async Task<IReadOnlyList<DisputeEntry>> ListAsync(DisputeStatus? status = null)
    {
        await using var db = PipelineDatabase.Open(options);
        return await new DisputeStore(db).ListAsync(status);
    }

    private async Task DecideAsync(long id, DisputeStatus decision, DismissReason? reason = null, string? note = null)
    {
        await using var db = PipelineDatabase.Open(options);
        Assert.NotNull(await new DisputeStore(db).DecideAsync(id, decision, reason, note: note));
    }
}

public sealed class SqliteDisputeQueueFacts(SqliteDatabaseFixture database)
    : DisputeQueueFacts(database.Options), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresDisputeQueueFacts(PostgresDatabaseFixture database)
    : DisputeQueueFacts(database.Options), IClassFixture<PostgresDatabaseFixture>;
