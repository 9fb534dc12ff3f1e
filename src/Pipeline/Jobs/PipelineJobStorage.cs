using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Pipeline.Storage;

namespace Pipeline.Jobs;

/// <summary>
/// Where Hangfire keeps its jobs: in memory beside SQLite (one process), and in PostgreSQL (schema
/// "hangfire" of the pipeline's own database) when the documents live there, so that several
/// servers share the queue and the locks.
/// </summary>
public static class PipelineJobStorage
{
    public const string PostgresSchema = "hangfire";

    /// <summary>The storage for <paramref name="storage"/>'s database, which must exist (Hangfire adds its schema to it).</summary>
    public static JobStorage Create(StorageOptions storage)
    {
        var target = DatabaseTarget.From(storage);
        if (!target.IsPostgres)
        {
            return new InMemoryStorage();
        }
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = PostgresSchema,
            // A job enqueued elsewhere is picked up within a second (Hangfire's default is 15 s).
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // A server killed mid-job gives its job back once its heartbeat stops, not after 30 minutes.
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(target.ConnectionString, options), options);
    }

    /// <summary>The options of a server whose jobs <paramref name="activator"/> builds (see <see cref="ConfigureServer"/>).</summary>
    public static BackgroundJobServerOptions ServerOptions(JobActivator activator)
    {
        var options = new BackgroundJobServerOptions { Activator = activator };
        ConfigureServer(options);
        return options;
    }

    /// <summary>The pipeline's jobs, on few workers: each job already uses every core.</summary>
    public static void ConfigureServer(BackgroundJobServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.WorkerCount = 2;
    }
}
