using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Pipeline.Jobs;
using Pipeline.Llm;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;
using Pipeline.Tests.Llm;

namespace Pipeline.Tests.Jobs;

/// <summary>
/// The nightly ingestion and its cross-check continuation, run by a Hangfire server in this
/// process over the sample corpus, with the job storage each database calls for (the concrete
/// classes: Hangfire.InMemory beside SQLite, Hangfire.PostgreSql beside PostgreSQL).
/// </summary>
public abstract class JobChainFacts(StorageOptions options) : IAsyncLifetime
{
    private const int CorpusDocuments = 15;

    public Task InitializeAsync() => EmptyTables.ResetAsync(options);

    [Fact]
    public async Task Ingestion_runs_then_its_cross_check_and_a_second_trigger_adds_nothing()
    {
        using var machine = new JobsMachine(options, [SeedCorpus.Folder]);

        var first = await IngestionChain.Enqueue(machine.Client, NightlySchedule.ManualTrigger).WaitAsync(machine.Storage);
        var second = await IngestionChain.Enqueue(machine.Client, NightlySchedule.ManualTrigger).WaitAsync(machine.Storage);

        await using var db = PipelineDatabase.Open(options);
        var runs = await db.IngestionRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([first.RunId, second.RunId], runs.Select(r => r.Id));
        Assert.Equal((IngestionRunStatus.Succeeded, CorpusDocuments, 0), (runs[0].Status, runs[0].New, runs[0].Unchanged));
        Assert.Equal((IngestionRunStatus.Succeeded, 0, CorpusDocuments), (runs[1].Status, runs[1].New, runs[1].Unchanged));
        Assert.Equal(CorpusDocuments, await db.Documents.CountAsync());

        // The cross-check ran after each ingestion; the second one found the same conflicts, and duplicated none.
        var review = await db.ReviewItems.CountAsync();
        Assert.True(review > 0, "the sample corpus has conflicting claims");
        Assert.Equal((review, review, 0), (first.CrossCheck.Review.Found, first.CrossCheck.Review.New, first.CrossCheck.Review.Known));
        Assert.Equal((review, 0, review), (second.CrossCheck.Review.Found, second.CrossCheck.Review.New, second.CrossCheck.Review.Known));
        Assert.Equal(await db.Claims.CountAsync(), second.CrossCheck.Claims);
    }

    [Fact]
    public async Task The_nightly_recurring_job_starts_the_ingestion_and_its_cross_check()
    {
        using var machine = new JobsMachine(options, [SeedCorpus.Folder]);
        var recurring = new RecurringJobManager(machine.Storage);

        NightlySchedule.Register(recurring, "0 2 * * *");
        using (var connection = machine.Storage.GetConnection())
        {
            var nightly = Assert.Single(connection.GetRecurringJobs(), j => j.Id == NightlySchedule.RecurringJobId);
            Assert.Equal(("0 2 * * *", TimeZoneInfo.Local.Id), (nightly.Cron, nightly.TimeZoneId));
        }
        recurring.Trigger(NightlySchedule.RecurringJobId);

        await Eventually.UntilAsync(async () =>
        {
            await using var db = PipelineDatabase.Open(options);
            return await db.ReviewItems.AnyAsync();
        }, "the cross-check after the nightly ingestion");
        await using var db = PipelineDatabase.Open(options);
        var run = await db.IngestionRuns.SingleAsync();
        Assert.Equal((NightlySchedule.NightlyTrigger, IngestionRunStatus.Succeeded, CorpusDocuments), (run.Trigger, run.Status, run.New));
        recurring.RemoveIfExists(NightlySchedule.RecurringJobId);
    }

    [Fact]
    public async Task Without_a_model_the_chain_has_two_jobs()
    {
        using var machine = new JobsMachine(options, [SeedCorpus.Folder]);

        var chain = IngestionChain.Enqueue(machine.Client, NightlySchedule.ManualTrigger, machine.Adjudicates);
        var result = await chain.WaitAsync(machine.Storage);

        Assert.Null(chain.AdjudicationJobId);
        Assert.Null(result.Adjudication);
        await using var db = PipelineDatabase.Open(options);
        Assert.True(await db.DisputeItems.AnyAsync());
        Assert.False(await db.DisputeItems.AnyAsync(i => i.VerdictAt != null));
    }

    [Fact]
    public async Task With_a_model_the_nightly_chain_ends_with_the_adjudication()
    {
        using var server = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict()));
        using var machine = new JobsMachine(options, [SeedCorpus.Folder], server.Endpoint);
        var recurring = new RecurringJobManager(machine.Storage);

        NightlySchedule.Register(recurring, "0 2 * * *", machine.Adjudicates);
        recurring.Trigger(NightlySchedule.RecurringJobId);

        await Eventually.UntilAsync(async () =>
        {
            await using var db = PipelineDatabase.Open(options);
            return await db.DisputeItems.AnyAsync() && !await db.DisputeItems.AnyAsync(i => i.VerdictAt == null);
        }, "a verdict on every dispute after the nightly cross-check");
        recurring.RemoveIfExists(NightlySchedule.RecurringJobId);
        await using (var db = PipelineDatabase.Open(options))
        {
            Assert.Equal(await db.DisputeItems.CountAsync(), server.Requests.Count);
            Assert.All(await db.DisputeItems.ToListAsync(), i => Assert.Equal(("different-scope", "test-model"), (i.VerdictCause, i.VerdictModel)));
        }

        // The next trigger finds every dispute answered: the chain's third job asks nothing.
        var again = await IngestionChain.Enqueue(machine.Client, NightlySchedule.ManualTrigger, adjudicate: true).WaitAsync(machine.Storage);
        Assert.Equal((0, 0, 0), (again.Adjudication!.Waiting, again.Adjudication.Requests, again.Adjudication.Stored));
    }

    [Fact]
    public async Task With_the_endpoint_down_the_chain_succeeds_and_its_result_says_why()
    {
        string endpoint;
        using (var gone = new ChatCompletionsServer((_, _) => (200, ChatCompletionsServer.Verdict())))
        {
            endpoint = gone.Endpoint;
        }
        using var machine = new JobsMachine(options, [SeedCorpus.Folder], endpoint);

        var result = await IngestionChain.Enqueue(machine.Client, NightlySchedule.ManualTrigger, adjudicate: true).WaitAsync(machine.Storage);

        var report = Assert.IsType<AdjudicationReport>(result.Adjudication);
        Assert.Equal(0, report.Stored);
        Assert.StartsWith("endpoint down (endpoint unreachable", report.Stopped, StringComparison.Ordinal);
        Assert.True(report.EndpointDown);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
