using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;
using Xunit.Abstractions;

namespace Pipeline.Tests.Storage;

/// <summary>
/// Saves a large corpus in batches, as ingestion does, and prints how long it took. Asserts on
/// what was stored, never on time: the figure is for reading, not for failing builds.
/// </summary>
public abstract class DocumentStoreThroughputFacts(StorageOptions options, ITestOutputHelper output) : IAsyncLifetime
{
    private const int DocumentCount = 10_000;
    private const int BatchSize = 250;

    public async Task InitializeAsync()
    {
        await PipelineDatabase.EnsureCreatedAsync(options);
        await using var db = PipelineDatabase.Open(options);
        await db.Documents.ExecuteDeleteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ten_thousand_documents_of_5_KB_save_in_batches_of_250()
    {
        var documents = Enumerable.Range(0, DocumentCount).Select(Article).ToArray();
        await using var db = PipelineDatabase.Open(options);
        var store = new DocumentStore(db);

        var first = await SaveAllAsync(store, documents);
        var again = await SaveAllAsync(store, documents);

        Assert.All(first.Results, r => Assert.Equal(SaveOutcome.New, r.Outcome));
        Assert.All(again.Results, r => Assert.Equal(SaveOutcome.Unchanged, r.Outcome));
        Assert.Equal(DocumentCount, await store.CountAsync());
        var megabytes = documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
        output.WriteLine($"{db.Database.ProviderName}: {DocumentCount} documents ({megabytes:F1} MB) in batches of {BatchSize}: " +
            $"new {first.Elapsed.TotalSeconds:F2} s, again (all unchanged) {again.Elapsed.TotalSeconds:F2} s");
    }

    private static async Task<(List<SaveResult> Results, TimeSpan Elapsed)> SaveAllAsync(DocumentStore store, IncomingDocument[] documents)
    {
        var results = new List<SaveResult>(documents.Length);
        var clock = Stopwatch.StartNew();
        foreach (var batch in documents.Chunk(BatchSize))
        {
            results.AddRange(await store.SaveBatchAsync(batch));
        }
        return (results, clock.Elapsed);
    }

    // About 5 KB of UTF-8: Chinese and English paragraphs, numbered so that every text differs.
    private static IncomingDocument Article(int n)
    {
        var text = new StringBuilder();
        for (var paragraph = 0; text.Length < 3200; paragraph++)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{n}篇第{paragraph}段：中国商务部宣布对稀土相关技术实施出口管制，镨钕氧化物价格约为每公斤{110 + paragraph}美元。")
                .Append(CultureInfo.InvariantCulture, $"Article {n}, paragraph {paragraph}: export controls on rare-earth processing technology tightened again.\n");
        }
        return new IncomingDocument($"/corpus/generated/{n:D5}.txt", text.ToString(), $"Article {n}", new DateOnly(2025, 10, 9), "zh", "Hans");
    }
}
