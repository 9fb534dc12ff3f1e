using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

/// <summary>
/// The behaviour of <see cref="DocumentStore"/>, run against each real database by the concrete
/// classes. Every test starts from an empty Documents table.
/// </summary>
public abstract class DocumentStoreFacts : IAsyncLifetime
{
    private const string Chinese = "中国商务部10月9日宣布对稀土相关技术实施出口管制。镨钕氧化物价格约为每公斤110美元。";
    private const string Traditional = "中國商務部10月9日宣布對稀土相關技術實施出口管制，「管制」範圍擴大。";
    private const string English = "China's commerce ministry on October 9 announced export controls on rare-earth technologies.";

    private readonly StorageOptions _options;
    private readonly PipelineDbContext _db;
    private readonly DocumentStore _store;

    protected DocumentStoreFacts(StorageOptions options)
    {
        _options = options;
        _db = PipelineDatabase.Open(options);
        _store = new DocumentStore(_db);
    }

    protected abstract string ExpectedProvider { get; }

    /// <summary>Makes inserting a document whose source starts with "poison:" fail inside the database.</summary>
    protected abstract Task AddPoisonTriggerAsync(PipelineDbContext db);

    public async Task InitializeAsync()
    {
        await PipelineDatabase.EnsureCreatedAsync(_options);
        await _db.Documents.ExecuteDeleteAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public void Open_uses_the_expected_provider()
    {
        Assert.Equal(ExpectedProvider, _db.Database.ProviderName);
    }

    [Fact]
    public async Task New_document_round_trips_every_field()
    {
        var incoming = new IncomingDocument("/corpus/zh/mofcom-2025-10-09.txt", Traditional, "商務部公告", new DateOnly(2025, 10, 9), "zh", "Hant");

        var result = await _store.SaveAsync(incoming);

        Assert.Equal(SaveOutcome.New, result.Outcome);
        Assert.True(result.Document.Id > 0);
        var stored = await ReadBackAsync(result.Document.Id);
        Assert.Equal(ContentHash.Of(Traditional), stored.ContentHash);
        Assert.Equal("/corpus/zh/mofcom-2025-10-09.txt", stored.Source);
        Assert.Equal("商務部公告", stored.Title);
        Assert.Equal(new DateOnly(2025, 10, 9), stored.PublishedOn);
        Assert.Equal("zh", stored.Language);
        Assert.Equal("Hant", stored.Script);
        Assert.Equal(Traditional, stored.Text);
        Assert.Equal(result.Document.IngestedAt, stored.IngestedAt);
        Assert.Equal(result.Document.UpdatedAt, stored.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, stored.IngestedAt.Offset);
        Assert.InRange(DateTimeOffset.UtcNow - stored.IngestedAt, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Missing_title_date_and_script_round_trip_as_null()
    {
        var result = await _store.SaveAsync(new IncomingDocument("/corpus/en/note.txt", English, null, null, "en", null));

        var stored = await ReadBackAsync(result.Document.Id);
        Assert.Null(stored.Title);
        Assert.Null(stored.PublishedOn);
        Assert.Null(stored.Script);
        Assert.Equal(English, stored.Text);
    }

    [Fact]
    public async Task Same_content_under_another_source_is_one_document()
    {
        var first = await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        var second = await _store.SaveAsync(Zh("/mirror/a-copy.txt", Chinese));

        Assert.Equal(SaveOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.Document.Id, second.Document.Id);
        Assert.Equal("/corpus/a.txt", second.Document.Source);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task Saving_the_same_document_again_writes_nothing()
    {
        var first = await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        var again = await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        Assert.Equal(SaveOutcome.Unchanged, again.Outcome);
        var stored = await ReadBackAsync(first.Document.Id);
        Assert.Equal(first.Document.UpdatedAt, stored.UpdatedAt);
    }

    [Fact]
    public async Task Changed_text_at_the_same_source_updates_the_document_in_place()
    {
        var first = await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));
        var revised = new IncomingDocument("/corpus/a.txt", Traditional, "修訂", new DateOnly(2025, 10, 10), "zh", "Hant");

        var second = await _store.SaveAsync(revised);

        Assert.Equal(SaveOutcome.Updated, second.Outcome);
        Assert.Equal(first.Document.Id, second.Document.Id);
        var stored = await ReadBackAsync(first.Document.Id);
        Assert.Equal(Traditional, stored.Text);
        Assert.Equal(ContentHash.Of(Traditional), stored.ContentHash);
        Assert.Equal("修訂", stored.Title);
        Assert.Equal(new DateOnly(2025, 10, 10), stored.PublishedOn);
        Assert.Equal("Hant", stored.Script);
        Assert.Equal(first.Document.IngestedAt, stored.IngestedAt);
        Assert.True(stored.UpdatedAt >= first.Document.UpdatedAt);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task Text_replaced_by_an_update_is_no_longer_stored()
    {
        await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));
        await _store.SaveAsync(Zh("/corpus/a.txt", Traditional));

        var old = await _store.SaveAsync(Zh("/corpus/b.txt", Chinese));

        Assert.Equal(SaveOutcome.New, old.Outcome);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task A_batch_with_an_internal_duplicate_stores_one_copy()
    {
        var results = await _store.SaveBatchAsync(
        [
            Zh("/corpus/a.txt", Chinese),
            En("/corpus/b.txt", English),
            Zh("/mirror/a.txt", Chinese),
        ]);

        Assert.Equal([SaveOutcome.New, SaveOutcome.New, SaveOutcome.Unchanged], results.Select(r => r.Outcome));
        Assert.Same(results[0].Document, results[2].Document);
        Assert.Equal(results[0].Document.Id, results[2].Document.Id);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task A_batch_reports_each_outcome_in_order()
    {
        var stored = await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        var results = await _store.SaveBatchAsync(
        [
            Zh("/elsewhere/a.txt", Chinese),
            Zh("/corpus/a.txt", Traditional),
            En("/corpus/b.txt", English),
        ]);

        Assert.Equal([SaveOutcome.Unchanged, SaveOutcome.Updated, SaveOutcome.New], results.Select(r => r.Outcome));
        Assert.Equal(stored.Document.Id, results[1].Document.Id);
        Assert.Equal(Traditional, (await ReadBackAsync(stored.Document.Id)).Text);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task Two_sources_can_swap_texts_in_one_batch()
    {
        var a = await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));
        var b = await _store.SaveAsync(En("/corpus/b.txt", English));

        // Each step takes a hash the previous one released: the unique index must never see two owners.
        var results = await _store.SaveBatchAsync(
        [
            Zh("/corpus/a.txt", Traditional),
            Zh("/corpus/b.txt", Chinese),
            En("/corpus/a.txt", English),
        ]);

        Assert.All(results, r => Assert.Equal(SaveOutcome.Updated, r.Outcome));
        Assert.Equal(English, (await ReadBackAsync(a.Document.Id)).Text);
        Assert.Equal(Chinese, (await ReadBackAsync(b.Document.Id)).Text);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task A_batch_with_a_second_copy_and_a_changed_document_stores_each_once()
    {
        var stored = await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        var results = await _store.SaveBatchAsync(
        [
            En("/corpus/b.txt", English),
            Zh("/corpus/a.txt", Traditional),
            En("/mirror/b.txt", English),
            Zh("/corpus/c.txt", Chinese),
        ]);

        Assert.Equal([SaveOutcome.New, SaveOutcome.Updated, SaveOutcome.Unchanged, SaveOutcome.New], results.Select(r => r.Outcome));
        Assert.Equal(stored.Document.Id, results[1].Document.Id);
        Assert.Same(results[0].Document, results[2].Document);
        var all = (await ToListAsync(_store.StreamAllAsync())).ToDictionary(d => d.Id);
        Assert.Equal(3, all.Count);
        Assert.Equal(("/corpus/b.txt", English), (all[results[0].Document.Id].Source, all[results[0].Document.Id].Text));
        Assert.Equal(("/corpus/a.txt", Traditional), (all[stored.Document.Id].Source, all[stored.Document.Id].Text));
        Assert.Equal(("/corpus/c.txt", ContentHash.Of(Chinese)), (all[results[3].Document.Id].Source, all[results[3].Document.Id].ContentHash));
        Assert.Empty(_db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Long_texts_saved_in_one_batch_round_trip_exactly()
    {
        // Long enough that each is encoded into a buffer of its own, reused for the next one.
        var first = string.Concat(Enumerable.Repeat(Chinese + English, 60));
        var second = string.Concat(Enumerable.Repeat(Traditional, 90)) + "🙂";

        var results = await _store.SaveBatchAsync([Zh("/corpus/long-a.txt", first), Zh("/corpus/long-b.txt", second)]);

        Assert.Equal(first, (await ReadBackAsync(results[0].Document.Id)).Text);
        Assert.Equal(second, (await ReadBackAsync(results[1].Document.Id)).Text);
    }

    [Fact]
    public async Task Ids_handed_back_are_the_ids_stored()
    {
        var results = await _store.SaveBatchAsync([.. Enumerable.Range(0, 20).Select(i => En($"/corpus/{i}.txt", $"{English} #{i}"))]);

        var stored = (await ToListAsync(_store.StreamAllAsync())).ToDictionary(d => d.Source, d => d.Id);
        Assert.Equal(results.Select(r => stored[r.Document.Source]), results.Select(r => r.Document.Id));
        Assert.Equal(20, results.Select(r => r.Document.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_document_new_in_a_batch_can_be_changed_later_in_the_batch()
    {
        await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        // d is changed before anything is inserted; b and d are inserted when c takes the hash a
        // released, and b is changed after that.
        var results = await _store.SaveBatchAsync(
        [
            Zh("/corpus/b.txt", Traditional + " (b)"),
            Zh("/corpus/d.txt", Traditional + " (d)"),
            En("/corpus/d.txt", English + " (d)"),
            Zh("/corpus/a.txt", Traditional),
            Zh("/corpus/c.txt", Chinese),
            En("/corpus/b.txt", English),
        ]);

        Assert.Equal([SaveOutcome.New, SaveOutcome.New, SaveOutcome.Updated, SaveOutcome.Updated, SaveOutcome.New, SaveOutcome.Updated], results.Select(r => r.Outcome));
        Assert.Equal(results[0].Document.Id, results[5].Document.Id);
        Assert.Equal(results[1].Document.Id, results[2].Document.Id);
        var texts = (await ToListAsync(_store.StreamAllAsync())).ToDictionary(d => d.Source, d => (d.Id, d.Text, d.ContentHash));
        Assert.Equal(4, texts.Count);
        Assert.Equal((results[0].Document.Id, English, ContentHash.Of(English)), texts["/corpus/b.txt"]);
        Assert.Equal((results[1].Document.Id, English + " (d)", ContentHash.Of(English + " (d)")), texts["/corpus/d.txt"]);
        Assert.Equal(Chinese, texts["/corpus/c.txt"].Text);
        Assert.Equal(Traditional, texts["/corpus/a.txt"].Text);
        Assert.Empty(_db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_batch_that_fails_in_the_database_stores_nothing()
    {
        await AddPoisonTriggerAsync(_db);
        var kept = await _store.SaveAsync(Zh("/corpus/kept.txt", Chinese));

        await Assert.ThrowsAsync<DbUpdateException>(() => _store.SaveBatchAsync(
        [
            En("/corpus/b.txt", English),
            Zh("/corpus/kept.txt", Traditional),
            En("poison:/corpus/c.txt", English + " (c)"),
            En("/corpus/d.txt", English + " (d)"),
        ]));

        Assert.Equal(1, await _store.CountAsync());
        Assert.Equal(Chinese, (await ReadBackAsync(kept.Document.Id)).Text);
    }

    [Fact]
    public async Task A_batch_that_fails_after_an_intermediate_flush_stores_nothing()
    {
        await AddPoisonTriggerAsync(_db);
        await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        // The second document takes the hash the first released, which flushes the first; the
        // poisoned third must still roll both back.
        await Assert.ThrowsAsync<DbUpdateException>(() => _store.SaveBatchAsync(
        [
            Zh("/corpus/a.txt", Traditional),
            Zh("/corpus/b.txt", Chinese),
            En("poison:/corpus/c.txt", English),
        ]));

        var all = await ToListAsync(_store.StreamAllAsync());
        var only = Assert.Single(all);
        Assert.Equal(("/corpus/a.txt", Chinese), (only.Source, only.Text));
    }

    [Fact]
    public async Task The_store_is_usable_after_a_failed_batch()
    {
        await AddPoisonTriggerAsync(_db);
        await Assert.ThrowsAsync<DbUpdateException>(() => _store.SaveBatchAsync(
        [
            En("/corpus/b.txt", English),
            En("poison:/corpus/c.txt", English + " (c)"),
        ]));

        var retried = await _store.SaveAsync(En("/corpus/b.txt", English));

        Assert.Equal(SaveOutcome.New, retried.Outcome);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task A_cancelled_batch_stores_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _store.SaveBatchAsync([Zh("/corpus/a.txt", Chinese), En("/corpus/b.txt", English)], cancelled.Token));

        Assert.Equal(0, await _store.CountAsync());
    }

    [Fact]
    public async Task A_batch_with_an_invalid_document_is_rejected_before_anything_is_stored()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveBatchAsync(
        [
            Zh("/corpus/a.txt", Chinese),
            new IncomingDocument("/corpus/b.txt", English, null, null, "english", null),
        ]));

        Assert.Contains("/corpus/b.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountAsync());
    }

    [Fact]
    public async Task Saved_documents_are_not_left_in_the_change_tracker()
    {
        await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));
        await _store.SaveBatchAsync([Zh("/corpus/a.txt", Traditional), En("/corpus/b.txt", English)]);

        Assert.Empty(_db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task StreamAllAsync_returns_every_document_in_Id_order()
    {
        var saved = new List<int>();
        for (var batch = 0; batch < 3; batch++)
        {
            var documents = Enumerable.Range(0, 10)
                .Select(i => En($"/corpus/{batch}/{i}.txt", $"{English} #{batch}.{i}"))
                .ToArray();
            saved.AddRange((await _store.SaveBatchAsync(documents)).Select(r => r.Document.Id));
        }

        var streamed = await ToListAsync(_store.StreamAllAsync());

        Assert.Equal(saved.Order(), streamed.Select(d => d.Id));
        Assert.Equal($"{English} #2.9", streamed[^1].Text);
        Assert.Empty(_db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task FindAsync_returns_null_for_an_unknown_id()
    {
        Assert.Null(await _store.FindAsync(int.MaxValue));
    }

    [Fact]
    public async Task Timestamps_with_an_offset_are_stored_as_the_same_instant_in_UTC()
    {
        var beijing = new DateTimeOffset(2025, 10, 9, 16, 30, 0, TimeSpan.FromHours(8));
        var document = new Document
        {
            ContentHash = ContentHash.Of(Chinese),
            Source = "/corpus/a.txt",
            Language = "zh",
            Script = "Hans",
            Text = Chinese,
            IngestedAt = beijing,
            UpdatedAt = beijing,
        };
        _db.Documents.Add(document);
        await _db.SaveChangesAsync();

        var stored = await ReadBackAsync(document.Id);

        Assert.Equal(beijing, stored.IngestedAt);
        Assert.Equal(TimeSpan.Zero, stored.IngestedAt.Offset);
        Assert.Equal(new DateTimeOffset(2025, 10, 9, 8, 30, 0, TimeSpan.Zero), stored.UpdatedAt);
    }

    [Fact]
    public async Task Documents_can_be_filtered_and_ordered_by_timestamp()
    {
        await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));
        var cutoff = DateTimeOffset.UtcNow.AddHours(-1);

        var recent = await _db.Documents.AsNoTracking()
            .Where(d => d.UpdatedAt > cutoff)
            .OrderByDescending(d => d.UpdatedAt)
            .Select(d => d.Source)
            .ToListAsync();

        Assert.Equal(["/corpus/a.txt"], recent);
    }

    [Fact]
    public async Task EnsureCreatedAsync_again_keeps_the_documents()
    {
        await _store.SaveAsync(Zh("/corpus/a.txt", Chinese));

        await PipelineDatabase.EnsureCreatedAsync(_options);
        await PipelineDatabase.EnsureCreatedAsync(_options);

        Assert.Equal(1, await _store.CountAsync());
    }

    private static IncomingDocument Zh(string source, string text) => new(source, text, null, null, "zh", "Hans");

    private static IncomingDocument En(string source, string text) => new(source, text, null, null, "en", null);

    // Reads through a second context, so what comes back is what the database holds.
    private async Task<Document> ReadBackAsync(int id)
    {
        await using var db = PipelineDatabase.Open(_options);
        var document = await new DocumentStore(db).FindAsync(id);
        Assert.NotNull(document);
        return document;
    }

    private static async Task<List<Document>> ToListAsync(IAsyncEnumerable<Document> documents)
    {
        var list = new List<Document>();
        await foreach (var document in documents)
        {
            list.Add(document);
        }
        return list;
    }
}
