using Microsoft.EntityFrameworkCore;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

/// <summary>
/// Rows written by <see cref="BulkInserter{T}"/> are the rows EF writes: the same values read back,
/// and the same stored form (EF finds them by value), on each real database.
/// </summary>
public abstract class BulkInserterFacts(StorageOptions options) : IAsyncLifetime
{
    public Task InitializeAsync() => EmptyTables.ResetAsync(options);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_claim_inserted_in_bulk_reads_back_as_the_claim_EF_saves()
    {
        var documentId = await StoreDocumentAsync("/corpus/a.txt");
        ClaimRecord Full(string fingerprint) => new()
        {
            DocumentId = documentId, Subject = "china", Attribute = "refining-share", Low = 69.5, High = 70.25, Unit = "%",
            Qualifier = Qualifier.Approximate, StatedUnit = "percent", DateFrom = new DateOnly(2025, 10, 9), DateTo = new DateOnly(2025, 12, 1),
            TimeFrom = new DateOnly(2025, 1, 1), TimeTo = new DateOnly(2025, 12, 31), Scope = "heavy-rare-earths", Modality = Modality.Target,
            AsOf = new DateOnly(2025, 10, 10), Start = 8, End = 12, SentenceStart = 6, SentenceEnd = 20, Sentence = "約70%的稀土精煉產能在中國",
            Origin = ClaimRecord.ModelOrigin, Model = "qwen", Fingerprint = fingerprint,
        };
        ClaimRecord Bare(string fingerprint) => new()
        {
            DocumentId = documentId, Subject = "china", Attribute = "export-controls", Start = 0, End = 4, SentenceStart = 0, SentenceEnd = 9,
            Sentence = "中国宣布出口管制", Fingerprint = fingerprint,
        };

        await using (var db = PipelineDatabase.Open(options))
        {
            db.Claims.AddRange(Full("ef-full"), Bare("ef-bare"));
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new BulkInserter<ClaimRecord>(db).InsertAsync([Full("bulk-full"), Bare("bulk-bare")], default);
            await transaction.CommitAsync();
        }

        await using var read = PipelineDatabase.Open(options);
        var claims = await read.Claims.AsNoTracking().ToDictionaryAsync(c => c.Fingerprint);
        Assert.Equal(Fields(claims["ef-full"]), Fields(claims["bulk-full"]));
        Assert.Equal(Fields(claims["ef-bare"]), Fields(claims["bulk-bare"]));
        Assert.Equal((Qualifier.Approximate, Modality.Target, 70.25), (claims["bulk-full"].Qualifier, claims["bulk-full"].Modality, claims["bulk-full"].High));
        Assert.Null(claims["bulk-bare"].Qualifier);
        // Compared in the database with EF's own parameters: the stored forms are the same.
        var matching = await read.Claims.Where(c => c.Qualifier == Qualifier.Approximate && c.Modality == Modality.Target
            && c.DateFrom == new DateOnly(2025, 10, 9) && c.Low == 69.5).Select(c => c.Fingerprint).OrderBy(f => f).ToListAsync();
        Assert.Equal(["bulk-full", "ef-full"], matching);
    }

    [Fact]
    public async Task Keys_handed_back_are_the_ids_EF_reads()
    {
        var documents = Enumerable.Range(0, 5).Select(i => NewDocument($"/corpus/{i}.txt", DateTimeOffset.UtcNow)).ToArray();

        long[] keys;
        await using (var db = PipelineDatabase.Open(options))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            keys = await new BulkInserter<Document>(db).InsertReturningKeysAsync(documents, default);
            await transaction.CommitAsync();
        }

        await using var read = PipelineDatabase.Open(options);
        var stored = await read.Documents.AsNoTracking().ToDictionaryAsync(d => d.Source, d => (long)d.Id);
        Assert.Equal(documents.Select(d => stored[d.Source]), keys);
        Assert.Equal(5, keys.Distinct().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1234560)]
    public async Task Timestamps_inserted_in_bulk_are_stored_as_EF_stores_them(int ticks)
    {
        var beijing = new DateTimeOffset(2025, 10, 9, 16, 30, 0, TimeSpan.FromHours(8)).AddTicks(ticks);
        await using (var db = PipelineDatabase.Open(options))
        {
            db.Documents.Add(NewDocument("/corpus/by-ef.txt", beijing));
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new BulkInserter<Document>(db).InsertReturningKeysAsync([NewDocument("/corpus/in-bulk.txt", beijing)], default);
            await transaction.CommitAsync();
        }

        await using var read = PipelineDatabase.Open(options);
        var inBulk = await read.Documents.AsNoTracking().SingleAsync(d => d.Source == "/corpus/in-bulk.txt");
        Assert.Equal((beijing, beijing), (inBulk.IngestedAt, inBulk.UpdatedAt));
        Assert.Equal(TimeSpan.Zero, inBulk.UpdatedAt.Offset);
        // Equal in the database, and ordered with what EF wrote: the stored forms are the same.
        Assert.Equal(2, await read.Documents.CountAsync(d => d.UpdatedAt == beijing && d.IngestedAt == beijing));
        Assert.Equal(0, await read.Documents.CountAsync(d => d.UpdatedAt > beijing || d.UpdatedAt < beijing));
    }

    private async Task<int> StoreDocumentAsync(string source)
    {
        await using var db = PipelineDatabase.Open(options);
        return (await new DocumentStore(db).SaveAsync(new IncomingDocument(source, "中国宣布出口管制。" + source, null, null, "zh", "Hans"))).Document.Id;
    }

    private static Document NewDocument(string source, DateTimeOffset at) => new()
    {
        ContentHash = ContentHash.Of(source),
        Source = source,
        Title = null,
        PublishedOn = new DateOnly(2025, 10, 9),
        Language = "en",
        Script = null,
        Text = source,
        IngestedAt = at,
        UpdatedAt = at,
    };

    private static object Fields(ClaimRecord c) =>
        (c.DocumentId, c.Subject, c.Attribute, c.Low, c.High, c.Unit, c.Qualifier, (c.StatedUnit, c.DateFrom, c.DateTo, c.TimeFrom, c.TimeTo, c.Scope, c.Modality),
            (c.AsOf, c.Start, c.End, c.SentenceStart, c.SentenceEnd, c.Sentence, c.Origin, c.Model));
}
