using Pipeline.CrossCheck;
using Pipeline.Review;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Ingestion;

namespace Pipeline.Tests.CrossCheck;

/// <summary>
/// Decisions across re-ingestion of real articles: en_05's price floor per pound against en_01's
/// and en_02's per kilogram, ingested, cross-checked, decided, then ingested again as they are,
/// with an unrelated edit, and with the figure changed.
/// </summary>
public sealed class ReanalysisReviewTests : IDisposable
{
    private readonly IngestionHarness _pipeline = new();
    private readonly TempDirectory _input = new();

    [Fact]
    public async Task A_decision_survives_rerunning_and_reingesting_and_a_changed_claim_reopens_it()
    {
        foreach (var prefix in new[] { "en_02", "en_05", "en_10" })
        {
            var file = Directory.GetFiles(CorpusFixture.Folder, prefix + "_*").Single();
            File.Copy(file, _input.Combine(Path.GetFileName(file)));
        }
        var newsletter = Directory.GetFiles(_input.Path, "en_05_*").Single();
        await _pipeline.IngestAsync(_input.Path);
        await RunAsync();
        // en_05's per-pound floor is reported once, against the per-kilogram figure en_02 and en_10 agree on.
        var decided = Assert.Single(await FloorsAsync());
        Assert.StartsWith("en_05", Path.GetFileName(decided.DocumentA.Source), StringComparison.Ordinal);
        await DecideAsync(decided.Item.Id, ReviewStatus.Confirmed, "per pound is a unit error");

        // The same files again: nothing is re-analyzed; the pass finds the same pairs.
        await _pipeline.IngestAsync(_input.Path);
        var again = await RunAsync();
        Assert.Equal((0, 0), (again.Review.New, again.Review.Reopened));
        Assert.Equal(ReviewStatus.Confirmed, (await FloorAsync(decided.Item.Id)).Item.Status);

        // An edit elsewhere in en_05: its claims are re-created (new ids), the floor's fingerprint stays.
        File.AppendAllText(newsletter, "\nP.S. Next week: a look at Lynas in Texas.\n");
        Assert.Equal(1, (await _pipeline.IngestAsync(_input.Path)).Updated);
        var edited = await RunAsync();
        Assert.Equal((0, 0, 0), (edited.Review.New, edited.Review.Reopened, edited.Review.Stale));
        var kept = await FloorAsync(decided.Item.Id);
        Assert.Equal((ReviewStatus.Confirmed, "per pound is a unit error"), (kept.Item.Status, kept.Item.Note));
        Assert.NotEqual(decided.A.Id, kept.A.Id);
        Assert.Equal(kept.A.Id, kept.Item.ClaimAId);

        // The figure itself changes: the claim is another one, and the decided item is open again.
        File.WriteAllText(newsletter, File.ReadAllText(newsletter).Replace("$110 per pound", "$120 per pound", StringComparison.Ordinal));
        await _pipeline.IngestAsync(_input.Path);
        var changed = await RunAsync();
        Assert.Equal((0, 1), (changed.Review.New, changed.Review.Reopened));
        var reopened = await FloorAsync(decided.Item.Id);
        Assert.Equal((ReviewStatus.Open, "120 USD/lb = 264.6 USD/kg vs 110 USD/kg", "per pound is a unit error"),
            (reopened.Item.Status, reopened.Item.Reason, reopened.Item.Note));
    }

    private Task<CrossCheckReport> RunAsync() =>
        new CrossCheckService(() => PipelineDatabase.Open(_pipeline.Storage), CrossCheckOptions.Load(SeedCorpus.ConfigFolder)).RunAsync();

    private async Task<List<ReviewEntry>> FloorsAsync()
    {
        await using var db = PipelineDatabase.Open(_pipeline.Storage);
        return [.. (await new ReviewStore(db).ListAsync()).Where(i => i.Item.Attribute == "price-floor")];
    }

    private async Task<ReviewEntry> FloorAsync(long id) => Assert.Single(await FloorsAsync(), i => i.Item.Id == id);

    private async Task DecideAsync(long id, ReviewStatus decision, string note)
    {
        await using var db = PipelineDatabase.Open(_pipeline.Storage);
        Assert.NotNull(await new ReviewStore(db).DecideAsync(id, decision, note));
    }

    public void Dispose()
    {
        _pipeline.Dispose();
        _input.Dispose();
    }
}
