namespace Pipeline.Jobs;

/// <summary>How long a job waits for the other run of its kind to finish, and how often a failed job is tried again.</summary>
internal static class JobLimits
{
    // A second trigger waits for the running ingestion (Hangfire's distributed lock) rather than failing.
    public const int LockTimeoutSeconds = 30 * 60;

    // A failure that survives three attempts (a database down for long) needs a person.
    public const int RetryAttempts = 2;
}
