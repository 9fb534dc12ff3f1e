using Hangfire;
using Hangfire.InMemory;
using Pipeline.Jobs;
using Pipeline.Sources;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>The nightly schedule: its cron from sources.yaml, and a clear error for one that is not a cron.</summary>
public sealed class NightlyScheduleTests : IDisposable
{
    private readonly TempDirectory _config = new();

    [Fact]
    public void The_cron_comes_from_the_schedule_section_else_02_00()
    {
        File.WriteAllText(_config.Combine("sources.yaml"), "drop_folders: []\n");
        var unset = SourcesOptions.Load(_config.Path);
        File.WriteAllText(_config.Combine("sources.yaml"), "schedule:\n  nightly_cron: \"30 3 * * 1-5\"\n");
        var set = SourcesOptions.Load(_config.Path);

        Assert.Equal(("0 2 * * *", "30 3 * * 1-5"), (unset.NightlyCron, set.NightlyCron));
    }

    [Fact]
    public void A_cron_that_is_not_one_is_one_line_naming_it()
    {
        using var storage = new InMemoryStorage();

        var error = Assert.Throws<ConfigException>(() => NightlySchedule.Register(new RecurringJobManager(storage), "61 2 * * *"));

        Assert.StartsWith("sources.yaml: schedule: nightly_cron \"61 2 * * *\" is not a cron expression", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    public void Dispose() => _config.Dispose();
}
