using System.ComponentModel;
using Hangfire;
using Hangfire.Server;

namespace Pipeline.Jobs;

/// <summary>The recurring "nightly-ingestion" job, at the cron that config/sources.yaml gives, in this machine's time zone.</summary>
public static class NightlySchedule
{
    public const string RecurringJobId = "nightly-ingestion";

    public const string NightlyTrigger = "nightly";

    public const string ManualTrigger = "manual";

    /// <summary>Adds the recurring job, or updates its cron; an invalid cron is an <see cref="InvalidDataException"/> naming it.</summary>
    public static void Register(IRecurringJobManager recurring, string cron)
    {
        try
        {
            recurring.AddOrUpdate(RecurringJobId, () => Start(null!), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });
        }
        catch (ArgumentException e)
        {
            // Hangfire checks the cron with Cronos; its own message is in the inner exception.
            throw new InvalidDataException(
                $"sources.yaml: schedule: nightly_cron \"{cron}\" is not a cron expression ({(e.InnerException ?? e).Message})", e);
        }
    }

    /// <summary>
    /// What the recurring job runs: it starts the chain. A recurring job cannot carry a
    /// continuation itself, so it enqueues the ingestion and the cross-check after it.
    /// </summary>
    /// <param name="context">Hangfire passes the running job's context here, with the storage to enqueue into.</param>
    [DisplayName("Start the nightly ingestion and its cross-check")]
    public static void Start(PerformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IngestionChain.Enqueue(new BackgroundJobClient(context.Storage), NightlyTrigger);
    }
}
