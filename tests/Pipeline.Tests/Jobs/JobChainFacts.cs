using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Pipeline.Jobs;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

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

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
