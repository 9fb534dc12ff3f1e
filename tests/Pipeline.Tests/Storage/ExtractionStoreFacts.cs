using Microsoft.EntityFrameworkCore;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

/// <summary>Mentions and claims written by <see cref="ExtractionStore"/> (bulk, outside EF's tracker) read back as written, on each real database.</summary>
public abstract class ExtractionStoreFacts(StorageOptions options) : IAsyncLifetime
{
    private const string Text = "中國商務部表示，約70%的稀土精煉產能在中國，氧化鐠釹每磅110美元。";

    public async Task InitializeAsync()
    {
        await PipelineDatabase.EnsureCreatedAsync(options);
        await using var db = PipelineDatabase.Open(options);
        await db.Documents.ExecuteDeleteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_field_of_mentions_and_claims_round_trips()
    {
        var id = await StoreDocumentAsync();
        var entity = new Mention(MentionKind.Entity, 0, 5, "中國商務部") { EntityId = "mofcom", EntityKind = EntityKind.Organisation };
        var share = new Mention(MentionKind.Percentage, 8, 12, "約70%") { Value = new Measure(70, 70, "%", Qualifier.Approximate) };
        var floor = new Mention(MentionKind.Rate, 30, 37, "每磅110美元") { Value = new Measure(242.5, 242.5, "USD/kg", Qualifier.Exact, "USD/lb") };
        var candidate = new Mention(MentionKind.Entity, 20, 22, "中國") { EntityId = "candidate:x", EntityKind = EntityKind.Company, Verified = false };
        var date = new Mention(MentionKind.Date, 5, 7, "今年") { Date = new DateSpan(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)) };
        var claim = new Claim("china", "refining-share", share.Value, null, date.Date, 8, 12, 6, 20, "約70%的稀土精煉產能在中國");

        await using (var db = PipelineDatabase.Open(options))
        {
            await new ExtractionStore(db).ReplaceAsync([(id, [entity, share, floor, candidate, date], [claim])]);
        }

        await using var read = PipelineDatabase.Open(options);
        var store = new ExtractionStore(read);
        var mentions = await store.MentionsAsync(id);
        Assert.Equal(5, mentions.Count);
        var stored = mentions.Single(m => m.Kind == MentionKind.Rate);
        Assert.Equal((242.5, 242.5, "USD/kg", Qualifier.Exact, "USD/lb", "每磅110美元"), (stored.Low!.Value, stored.High!.Value, stored.Unit!, stored.Qualifier!.Value, stored.StatedUnit!, stored.Surface));
        Assert.Equal((EntityKind.Organisation, "mofcom", true), (mentions[0].EntityKind!.Value, mentions[0].EntityId!, mentions[0].Verified));
        Assert.False(mentions.Single(m => m.EntityId == "candidate:x").Verified);
        Assert.Equal(new DateOnly(2025, 12, 31), mentions.Single(m => m.Kind == MentionKind.Date).DateTo);

        var claims = await store.ClaimsAsync("china");
        var storedClaim = Assert.Single(claims);
        Assert.Equal(("refining-share", 70.0, Qualifier.Approximate, new DateOnly(2025, 1, 1)), (storedClaim.Attribute, storedClaim.Low!.Value, storedClaim.Qualifier!.Value, storedClaim.TimeFrom!.Value));
        Assert.Equal(64, storedClaim.Fingerprint.Length);
    }

    [Fact]
    public async Task Replacing_a_documents_analysis_leaves_only_the_new_one()
    {
        var id = await StoreDocumentAsync();
        var first = new Mention(MentionKind.Entity, 0, 5, "中國商務部") { EntityId = "mofcom", EntityKind = EntityKind.Organisation };
        var second = new Mention(MentionKind.Entity, 20, 22, "中國") { EntityId = "china", EntityKind = EntityKind.Country };
        await using var db = PipelineDatabase.Open(options);
        var store = new ExtractionStore(db);

        await store.ReplaceAsync([(id, [first], [])]);
        await store.ReplaceAsync([(id, [second], [])]);

        Assert.Equal("china", Assert.Single(await store.MentionsAsync(id)).EntityId);
    }

    private async Task<int> StoreDocumentAsync()
    {
        await using var db = PipelineDatabase.Open(options);
        var saved = await new DocumentStore(db).SaveAsync(new IncomingDocument("/tmp/" + Guid.NewGuid() + ".txt", Text + Guid.NewGuid(), null, null, "zh", "Hant"));
        return saved.Document.Id;
    }
}
