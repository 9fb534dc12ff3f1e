using Microsoft.EntityFrameworkCore;
using Pipeline.App.Hosting;
using Pipeline.CrossCheck;
using Pipeline.Ingestion;
using Pipeline.Llm;
using Pipeline.Review;
using Pipeline.Sources;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>
/// Ingests an annotated folder's articles into a fresh temporary data directory, as `pipeline
/// ingest` does, cross-checks them as `pipeline crosscheck` does, asks the model about the disputes
/// as `pipeline adjudicate` does when given one, reads back what was stored, and deletes the
/// directory, whatever happens.
/// </summary>
public static class DevSetIngestion
{
    /// <summary>The folder the temporary data directory goes in, when set; else the system's temp folder.</summary>
    public const string TempRootVariable = "PIPELINE_EVAL_TEMP";

    /// <summary>How the temporary data directories are named: this prefix and a fresh guid.</summary>
    public const string DirectoryPrefix = "pipeline-eval-";

    /// <param name="llm">A configured model to adjudicate the disputes with; null: the rules only.</param>
    public static Task<StoredCorpus> RunAsync(string articlesDirectory, CrossCheckOptions options, TextWriter log, CancellationToken ct, LlmOptions? llm = null) =>
        WithIngestedAsync(articlesDirectory, log, async (host, ingestion) =>
        {
            var crossCheck = await new CrossCheckService(host.Get<Func<PipelineDbContext>>(), options).RunAsync(ct);
            log.WriteLine($"eval: {ingestion.New} documents, {crossCheck.Result.Claims} claims with values, {crossCheck.Disputes.Found} disputes for review");
            AdjudicationReport? adjudication = null;
            if (llm is { IsConfigured: true })
            {
                adjudication = await host.Get<AdjudicationService>().RunAsync(ct: ct);
                log.WriteLine($"eval: asked {llm.Model} about {adjudication.Asked} disputes: {adjudication.Stored} verdicts{(adjudication.Stopped is { } stop ? $"; stopped: {stop}" : "")}");
            }

            await using var db = await host.Data.OpenDatabaseAsync(ct);
            var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
            var claims = await new ExtractionStore(db).ClaimsAsync(ct: ct);
            var disputes = await new DisputeStore(db).ListAsync(DisputeStatus.Open, ct);
            return new StoredCorpus(documents, claims, disputes, ingestion.Failures)
            {
                Adjudication = adjudication is null ? null : (llm!.Model, adjudication),
            };
        }, ct);

    /// <summary>
    /// Ingests <paramref name="articlesDirectory"/> into a fresh temporary data directory, lets
    /// <paramref name="use"/> read what was stored, and deletes the directory, whatever happens.
    /// </summary>
    public static async Task<T> WithIngestedAsync<T>(
        string articlesDirectory, TextWriter log, Func<PipelineHost, IngestReport, Task<T>> use, CancellationToken ct)
    {
        var root = Environment.GetEnvironmentVariable(TempRootVariable) is { Length: > 0 } set ? set : Path.GetTempPath();
        var data = Path.Combine(root, DirectoryPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            using var host = PipelineHost.For(PipelinePaths.For(data));
            var files = SourceFiles.Expand([articlesDirectory]).ToList();
            log.WriteLine($"eval: ingesting {files.Count} articles into {data}");
            var ingestion = await (await host.GetWithDatabaseAsync<IngestionService>(ct)).IngestAsync(files, progress: null, ct);
            foreach (var failure in ingestion.Failures)
            {
                log.WriteLine($"eval: {failure.Source}: {failure.Reason}");
            }
            return await use(host, ingestion);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
