using Microsoft.EntityFrameworkCore;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

/// <summary>Mentions (packed per document) and claims (bulk rows, outside EF's tracker) written by <see cref="ExtractionStore"/> read back as written, on each real database.</summary>
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
        // Every field, in text order (entity, date, share, candidate, floor), each with its document.
        Assert.Equal(
            new[] { entity, date, share, candidate, floor }.Select(m => Fields(MentionRecord.From(id, m))),
            mentions.Select(Fields));
        var stored = mentions.Single(m => m.Kind == MentionKind.Rate);
        Assert.Equal((242.5, 242.5, "USD/kg", Qualifier.Exact, "USD/lb", "每磅110美元"), (stored.Low!.Value, stored.High!.Value, stored.Unit!, stored.Qualifier!.Value, stored.StatedUnit!, stored.Surface));
        Assert.Equal((EntityKind.Organisation, "mofcom", true), (mentions[0].EntityKind!.Value, mentions[0].EntityId!, mentions[0].Verified));
        Assert.False(mentions.Single(m => m.EntityId == "candidate:x").Verified);
        Assert.Equal(new DateOnly(2025, 12, 31), mentions.Single(m => m.Kind == MentionKind.Date).DateTo);
        Assert.Equal(5, (await read.Mentions.SingleAsync(m => m.DocumentId == id)).Count);

        var claims = await store.ClaimsAsync("china");
        var storedClaim = Assert.Single(claims);
        Assert.Equal(("refining-share", 70.0, Qualifier.Approximate, new DateOnly(2025, 1, 1)), (storedClaim.Attribute, storedClaim.Low!.Value, storedClaim.Qualifier!.Value, storedClaim.TimeFrom!.Value));
        Assert.Equal(64, storedClaim.Fingerprint.Length);
    }

    [Fact]
    public async Task Claims_are_found_by_their_document_and_whole_fingerprint()
    {
        var id = await StoreDocumentAsync();
        var other = await StoreDocumentAsync();
        string a = new('a', 64), b = new('b', 64), c = new('c', 64);
        await using (var db = PipelineDatabase.Open(options))
        {
            db.Claims.AddRange(ClaimWith(id, a, "first"), ClaimWith(id, b, "second"), ClaimWith(other, c, "third"));
            await db.SaveChangesAsync();
        }

        await using var read = PipelineDatabase.Open(options);
        // The second asked of its document; the third of its own; the first of a document that does not hold it.
        var found = await new ExtractionStore(read).ClaimsWithDocumentsAsync(
            [new ClaimReference(id, b), new(other, c), new(other, a), new(id, "not stored")]);

        Assert.Equal([(b, "second", id), (c, "third", other)],
            found.Select(f => (f.Key, f.Value.Claim.Sentence, f.Value.Document.Id)).OrderBy(f => f.Key));
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

    [Fact]
    public async Task Each_document_reads_back_its_own_mentions_and_the_entities_the_index_needs()
    {
        var first = await StoreDocumentAsync();
        var second = await StoreDocumentAsync();
        var mofcom = new Mention(MentionKind.Entity, 0, 5, "中國商務部") { EntityId = "mofcom", EntityKind = EntityKind.Organisation };
        var candidate = new Mention(MentionKind.Entity, 20, 22, "中國") { EntityId = "candidate:x", EntityKind = EntityKind.Company, Verified = false };
        var share = new Mention(MentionKind.Percentage, 8, 12, "約70%") { Value = new Measure(70, 70, "%", Qualifier.Approximate) };
        await using var db = PipelineDatabase.Open(options);
        var store = new ExtractionStore(db);

        await store.ReplaceAsync([(first, [mofcom, share], []), (second, [candidate], [])]);

        Assert.Equal([(first, 0), (first, 8)], (await store.MentionsAsync(first)).Select(m => (m.DocumentId, m.Start)));
        Assert.Equal([(second, 20)], (await store.MentionsAsync(second)).Select(m => (m.DocumentId, m.Start)));
        Assert.Equal([(first, 0), (first, 8), (second, 20)], (await store.MentionsAsync()).Select(m => (m.DocumentId, m.Start)));
        // Verified lexicon entities only: not the share, not the candidate.
        Assert.Equal([(first, "mofcom")], (await store.EntityMentionsOfAsync([first, second])).Select(m => (m.DocumentId, m.EntityId)));
    }

    [Fact]
    public async Task A_document_without_mentions_reads_back_none()
    {
        var id = await StoreDocumentAsync();
        await using var db = PipelineDatabase.Open(options);
        var store = new ExtractionStore(db);

        await store.ReplaceAsync([(id, [], [])]);

        Assert.Empty(await store.MentionsAsync(id));
    }

    private static ClaimRecord ClaimWith(int documentId, string fingerprint, string sentence) => new()
    {
        DocumentId = documentId, Subject = "china", Attribute = "refining-share", Low = 70, High = 70, Unit = "%",
        Start = 0, End = 3, SentenceEnd = sentence.Length, Sentence = sentence, Fingerprint = fingerprint,
    };

    private static object Fields(MentionRecord m) =>
        (m.DocumentId, m.Kind, m.Start, m.End, m.Surface, m.EntityId, m.EntityKind, m.Verified,
            (m.Low, m.High, m.Unit, m.Qualifier, m.StatedUnit), (m.DateFrom, m.DateTo));

    private async Task<int> StoreDocumentAsync()
    {
        await using var db = PipelineDatabase.Open(options);
        var saved = await new DocumentStore(db).SaveAsync(new IncomingDocument("/tmp/" + Guid.NewGuid() + ".txt", Text + Guid.NewGuid(), null, null, "zh", "Hant"));
        return saved.Document.Id;
    }
}
