using Microsoft.EntityFrameworkCore;
using Pipeline.App.Cli;
using Pipeline.App.Output;
using Pipeline.Index;
using Pipeline.Ingestion;
using Pipeline.Storage;

namespace Pipeline.App.Hosting;

/// <summary>
/// The database and the index of one data directory, kept from contradicting each other: the
/// database is created when missing (never over an emptied file beside an index of documents),
/// and the index is brought up to what the database holds.
/// </summary>
public sealed class PipelineData(PipelinePaths paths, IDbContextFactory<PipelineDbContext> databases, Lazy<DocumentIndex> index)
{
    private bool _databaseChecked;

    /// <summary>
    /// Creates the database and its tables if missing. An empty database file beside an index of
    /// documents is not taken as a new database: that would leave searches finding documents that
    /// `show` says do not exist, and the catch-up would then empty the index.
    /// </summary>
    public async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        // Once per process: a command opens the database several times, and `serve` catches up every few seconds.
        if (_databaseChecked)
        {
            return;
        }
        if (PipelineDatabase.EmptyFile(paths.Storage) is { } file && index.Value.Exists)
        {
            throw new CommandException($"the database {file} is empty (0 bytes), but the index beside it holds documents: restore the database from a backup, or remove it and {index.Value.Path} to start afresh");
        }
        await PipelineDatabase.EnsureCreatedAsync(paths.Storage, step => Terminal.Fail($"upgrading the database: {step}"), ct);
        _databaseChecked = true;
    }

    /// <summary>
    /// The service <paramref name="build"/> makes (config files read, lexicon and analyzers built), once
    /// the database of <paramref name="data"/> exists too. The two are made side by side: each takes a
    /// few tenths of a second of one core at a command's start. A malformed config file is the error
    /// reported, before any of the database's (which may then have been created, empty).
    /// </summary>
    public static async Task<T> ServiceWithDatabaseAsync<T>(Func<T> build, Func<PipelineData> data, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        var service = Task.Run(build, ct);
        // Getting the data can fail too (a file where its folder should be): on its own thread, so
        // that error waits for the service's.
        var database = Task.Run(() => data().EnsureDatabaseAsync(ct), ct);
        await Task.WhenAll(service, database).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var built = await service;
        await database;
        return built;
    }

    public async Task<PipelineDbContext> OpenDatabaseAsync(CancellationToken ct)
    {
        await EnsureDatabaseAsync(ct);
        return await databases.CreateDbContextAsync(ct);
    }

    /// <summary>
    /// Brings the index up to what the database holds (stored elsewhere, or left behind by a crash),
    /// unless another run holds its writer: that run catches up itself. No database yet: nothing to do.
    /// </summary>
    public async Task<int> CatchUpIndexAsync(CancellationToken ct)
    {
        if (PipelineDatabase.IsMissingFile(paths.Storage))
        {
            return 0;
        }
        await EnsureDatabaseAsync(ct);
        return await new IndexCatchUp(databases.CreateDbContext, index.Value).TryRunAsync(ct);
    }
}
