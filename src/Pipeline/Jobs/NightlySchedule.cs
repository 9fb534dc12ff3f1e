using System.ComponentModel;
using Hangfire;
using Hangfire.Server;
using Pipeline.Sources;

namespace Pipeline.Jobs;

/// <summary>The recurring "nightly-ingestion" job, at the cron that config/sources.yaml gives, in this machine's time zone.</summary>
public static class NightlySchedule
{
    public const string RecurringJobId = "nightly-ingestion";

    public const string NightlyTrigger = "nightly";

    public const string ManualTrigger = "manual";

    /// <summary>Adds the recurring job, or updates its cron; an invalid cron is a <see cref="ConfigException"/> naming it.</summary>
    /// <param name="adjudicate">Whether the chain it starts ends with the adjudication (a model is configured).</param>
    public static void Register(IRecurringJobManager recurring, string cron, bool adjudicate = false)
    {
        try
        {
            recurring.AddOrUpdate(RecurringJobId, () => Start(adjudicate, null!), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });
        }
        catch (ArgumentException e)
        {
            // Hangfire checks the cron with Cronos; its own message is in the inner exception.
            throw new ConfigException(SourcesOptions.FileName, null,
                $"schedule: nightly_cron \"{cron}\" is not a cron expression ({(e.InnerException ?? e).Message})", e);
        }
    }

    /// <summary>
    /// What the recurring job runs: it starts the chain. A recurring job cannot carry a
    /// continuation itself, so it enqueues the ingestion, the cross-check after it and, with
    /// <paramref name="adjudicate"/>, the adjudication after that.
    /// </summary>
    /// <param name="context">Hangfire passes the running job's context here, with the storage to enqueue into.</param>
    [DisplayName("Start the nightly ingestion and its cross-check")]
    public static void Start(bool adjudicate, PerformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IngestionChain.Enqueue(new BackgroundJobClient(context.Storage), NightlyTrigger, adjudicate);
    }
}
