using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Pipeline.Jobs;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>
/// Two Hangfire servers (two machines: an index each) on one PostgreSQL database share the job
/// queue: every triggered job runs once, on one of them, and two ingestions never overlap.
/// </summary>
public sealed class TwoServersOnPostgresTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private const int Reports = 60;
    private const int Triggers = 4;

    private readonly TempDirectory _files = new();

    [Fact]
    public async Task Each_trigger_runs_once_and_ingestions_never_overlap()
    {
        await EmptyTables.ResetAsync(database.Options);
        var drop = GeneratedReports.Write(_files, "drop", Reports);
        using var first = new JobsMachine(database.Options, [drop]);
        using var second = new JobsMachine(database.Options, [drop]);

        var chains = Enumerable.Range(0, Triggers)
            .Select(i => IngestionChain.Enqueue((i % 2 == 0 ? first : second).Client, NightlySchedule.ManualTrigger))
            .ToList();
        var results = new List<IngestionChainResult>();
        foreach (var chain in chains)
        {
            results.Add(await chain.WaitAsync(first.Storage));
        }

        await using var db = PipelineDatabase.Open(database.Options);
        var runs = await db.IngestionRuns.OrderBy(r => r.StartedAt).ToListAsync();
        Assert.Equal(results.Select(r => r.RunId).Order(), runs.Select(r => r.Id).Order());
        Assert.All(runs, r => Assert.Equal(IngestionRunStatus.Succeeded, r.Status));
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].StartedAt >= runs[i - 1].FinishedAt, $"run #{runs[i].Id} started before run #{runs[i - 1].Id} finished");
        }
        // The first run stored every report; the others found them all stored.
        Assert.Equal([Reports, 0, 0, 0], runs.Select(r => r.New));
        Assert.Equal(Reports, await db.Documents.Select(d => d.ContentHash).Distinct().CountAsync());
        Assert.Equal(Reports, await db.Documents.CountAsync());

        var monitor = first.Storage.GetMonitoringApi();
        foreach (var id in chains.SelectMany(c => new[] { c.IngestionJobId, c.CrossCheckJobId }))
        {
            var history = monitor.JobDetails(id).History;
            Assert.Equal(1, history.Count(h => h.StateName == ProcessingState.StateName));
        }
    }

    public void Dispose() => _files.Dispose();
}
