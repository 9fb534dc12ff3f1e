using System.Text;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Ingestion;
using Pipeline.Sources;
using Pipeline.Index;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Ingestion;

public sealed class IngestionServiceTests : IDisposable
{
    private readonly IngestionHarness _pipeline = new();
    private readonly TempDirectory _input = new();

    static IngestionServiceTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Utf8_gb18030_and_big5_copies_are_one_document()
    {
        var article = TraditionalParagraphsBig5CanEncode();
        File.WriteAllText(_input.Combine("utf8.txt"), article, new UTF8Encoding(false));
        File.WriteAllBytes(_input.Combine("gb18030.txt"), Encoding.GetEncoding("gb18030").GetBytes(article));
        File.WriteAllBytes(_input.Combine("big5.txt"), Encoding.GetEncoding("big5").GetBytes(article));

        var report = await _pipeline.IngestAsync(_input.Path);

        Assert.Equal((1, 0, 2, 0), (report.New, report.Updated, report.Unchanged, report.Failed));
        Assert.Equal(1, await _pipeline.CountDocumentsAsync());
        Assert.Equal(1, _pipeline.Index.Count);
    }

    [Fact]
    public async Task Reingesting_the_corpus_adds_nothing()
    {
        var first = await _pipeline.IngestAsync(CorpusFolder);
        var second = await _pipeline.IngestAsync(CorpusFolder);

        Assert.Equal(0, first.Failed);
        Assert.True(first.New >= 15, $"only {first.New} new documents");
        Assert.Equal((0, 0, first.New), (second.New, second.Updated, second.Unchanged));
        Assert.Equal(first.New, await _pipeline.CountDocumentsAsync());
        Assert.Equal(first.New, _pipeline.Index.Count);
    }

    [Fact]
    public async Task A_changed_file_updates_its_document_and_the_index()
    {
        var path = _input.Combine("note.txt");
        File.WriteAllText(path, "Lynas opened a cracking plant in Kalgoorlie.");
        await _pipeline.IngestAsync(path);
        var id = Assert.Single(_pipeline.Searcher.Search(new SearchRequest("Kalgoorlie")).Hits).Id;

        File.WriteAllText(path, "Lynas produced dysprosium in Malaysia.");
        var report = await _pipeline.IngestAsync(path);

        Assert.Equal(1, report.Updated);
        Assert.Equal(1, await _pipeline.CountDocumentsAsync());
        Assert.Contains("dysprosium", (await _pipeline.DocumentAsync(id)).Text, StringComparison.Ordinal);
        Assert.Empty(_pipeline.Searcher.Search(new SearchRequest("Kalgoorlie")).Hits);
        Assert.Equal(id, Assert.Single(_pipeline.Searcher.Search(new SearchRequest("dysprosium")).Hits).Id);
    }

    [Fact]
    public async Task A_changed_file_gets_its_mentions_and_claims_again()
    {
        var path = _input.Combine("share.txt");
        File.WriteAllText(path, "China controls about 85% of the world's rare-earth refining.");
        await _pipeline.IngestAsync(path);
        var before = Assert.Single(await _pipeline.ClaimsAsync("china", "refining-share"));

        File.WriteAllText(path, "China controls more than 90% of the world's rare-earth refining.");
        await _pipeline.IngestAsync(path);

        var after = Assert.Single(await _pipeline.ClaimsAsync("china", "refining-share"));
        Assert.Equal((85.0, 90.0), (before.Low!.Value, after.Low!.Value));
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        // The new text's mentions replace the old ones, none of them kept or doubled.
        var mentions = await _pipeline.MentionsAsync(after.DocumentId);
        Assert.Contains(mentions, m => m.Surface == "more than 90%");
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("85%", StringComparison.Ordinal));
        Assert.Equal(mentions.Count, mentions.Select(m => (m.Kind, m.Start, m.End)).Distinct().Count());
    }

    [Fact]
    public async Task Binary_and_empty_files_fail_with_reasons_while_the_rest_is_ingested()
    {
        File.WriteAllText(_input.Combine("good.txt"), "Iluka is building a refinery at Eneabba.");
        File.WriteAllBytes(_input.Combine("image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
        File.WriteAllBytes(_input.Combine("empty.txt"), []);

        var report = await _pipeline.IngestAsync(_input.Path);

        Assert.Equal(1, report.New);
        Assert.Collection(
            report.Failures.OrderBy(f => f.Source, StringComparer.Ordinal),
            empty => Assert.Contains("empty", empty.Reason, StringComparison.OrdinalIgnoreCase),
            binary => Assert.Contains("binary", binary.Reason, StringComparison.OrdinalIgnoreCase));
        Assert.Single(_pipeline.Searcher.Search(new SearchRequest("Eneabba")).Hits);
    }

    [Fact]
    public async Task Reindex_from_the_database_gives_the_same_results()
    {
        await _pipeline.IngestAsync(CorpusFolder);
        string[] queries = ["稀土精煉", "商务部", "refine", "\"price floor\"", "MP Materials", "暂停实施 OR Lynas"];
        var before = queries.Select(Snapshot).ToList();

        _pipeline.DeleteIndex();
        var reindexed = await _pipeline.Ingestion.ReindexAsync();

        Assert.Equal(await _pipeline.CountDocumentsAsync(), reindexed);
        Assert.Equal(before, queries.Select(Snapshot).ToList());
    }

    [Fact]
    public async Task A_stored_document_missing_from_the_index_is_indexed_by_the_next_run()
    {
        var path = _input.Combine("solvay.txt");
        File.WriteAllText(path, "Solvay expanded its La Rochelle separation plant.");
        await _pipeline.IngestAsync(path);
        _pipeline.DeleteIndex();

        var report = await _pipeline.IngestAsync(path);

        Assert.Equal(1, report.Unchanged);
        Assert.Single(_pipeline.Searcher.Search(new SearchRequest("Rochelle")).Hits);
    }

    [Fact]
    public async Task A_failure_in_a_batch_read_ahead_stops_the_run_after_the_batches_before_it_are_stored_and_indexed()
    {
        var batch = IngestionService.BatchSize;
        var files = WriteReports(3 * batch);
        // A report of the third batch breaks analysis; the two batches before it are read and stored first.
        File.AppendAllText(files[2 * batch + 5], " BREAKS-ANALYSIS");
        var failing = new DocumentAnalyzer(new MentionExtractor([new FailingExtractor("BREAKS-ANALYSIS")]), new ClaimBuilder(AttributeCatalog.Load(SeedCorpus.ConfigFolder)));
        var ingestion = new IngestionService(() => PipelineDatabase.Open(_pipeline.Storage), _pipeline.Index, failing);

        var stopped = await Assert.ThrowsAsync<IngestStoppedException>(() => ingestion.IngestAsync(files));

        Assert.Contains("analysis broke", stopped.Cause.ToString(), StringComparison.Ordinal);
        Assert.Equal(2 * batch, stopped.SoFar.New);
        Assert.Equal(2 * batch, await _pipeline.CountDocumentsAsync());
        // The next run stores the rest and indexes everything, the batches indexed before the stop included.
        var next = await _pipeline.IngestAsync(_input.Path);
        Assert.Equal((batch, 2 * batch), (next.New, next.Unchanged));
        Assert.Equal(3 * batch, _pipeline.Index.Count);
    }

    [Fact]
    public async Task A_run_cancelled_after_its_first_batch_stops_with_that_batch_stored()
    {
        var batch = IngestionService.BatchSize;
        var files = WriteReports(4 * batch);
        using var cancel = new CancellationTokenSource();

        var stopped = await Assert.ThrowsAsync<IngestStoppedException>(() =>
            _pipeline.Ingestion.IngestAsync(files, new CancelOnFirstReport(cancel), cancel.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(stopped.Cause);
        Assert.Equal(batch, stopped.SoFar.New);
        Assert.Equal(batch, await _pipeline.CountDocumentsAsync());
        var next = await _pipeline.IngestAsync(_input.Path);
        Assert.Equal((3 * batch, batch), (next.New, next.Unchanged));
        Assert.Equal(4 * batch, _pipeline.Index.Count);
    }

    /// <summary>Distinct short reports, one file each, in the order they are ingested.</summary>
    private List<string> WriteReports(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var path = _input.Combine($"report-{i:D4}.txt");
            File.WriteAllText(path, $"Bulletin {i}: Lynas shipped {i + 10} tonnes of NdPr oxide from Kalgoorlie.");
            return path;
        })];

    private sealed class FailingExtractor(string marker) : IMentionExtractor
    {
        public IEnumerable<Mention> Extract(ExtractionInput input) =>
            input.Original.Contains(marker, StringComparison.Ordinal) ? throw new InvalidDataException("analysis broke") : [];
    }

    /// <summary>Cancels the run as soon as it reports its first stored batch (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class CancelOnFirstReport(CancellationTokenSource cancel) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => cancel.Cancel();
    }

    private string Snapshot(string query) => string.Join(
        "; ",
        _pipeline.Searcher.Search(new SearchRequest(query, Limit: 50)).Hits
            .OrderBy(h => h.Id)
            .Select(h => $"{h.Id}:{h.Snippet}:{string.Join(",", h.Highlights)}"));

    private static string CorpusFolder => SeedCorpus.Folder;

    /// <summary>The paragraphs of a Traditional seed that Big5 can encode exactly.</summary>
    private static string TraditionalParagraphsBig5CanEncode()
    {
        var big5 = Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var paragraphs = SeedCorpus.Read("003").Split('\n').Where(p => p.Length > 0 && CanEncode(big5, p));
        var article = string.Join("\n", paragraphs);
        Assert.True(article.Length > 1000, "too little of the seed is Big5-encodable");
        return article;
    }

    private static bool CanEncode(Encoding encoding, string text)
    {
        try
        {
            encoding.GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _pipeline.Dispose();
        _input.Dispose();
    }
}
