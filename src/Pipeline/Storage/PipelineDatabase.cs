using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>Opens the document database named by <see cref="StorageOptions"/> and creates its schema.</summary>
public static class PipelineDatabase
{
    /// <summary>
    /// Opens a context on the database <paramref name="options"/> names. No connection string:
    /// SQLite file <c>pipeline.db</c> in the data directory (created if missing). <c>Host=</c> or
    /// <c>Server=</c> keywords, or a <c>postgres://</c> / <c>postgresql://</c> URI: PostgreSQL.
    /// <c>Data Source=</c>: SQLite with that file. Anything else: <see cref="ArgumentException"/>.
    /// </summary>
    public static PipelineDbContext Open(StorageOptions options)
    {
        var builder = new DbContextOptionsBuilder<PipelineDbContext>();
        Configure(builder, options);
        return new PipelineDbContext(builder.Options);
    }

    /// <summary>
    /// Points <paramref name="builder"/> at the database <paramref name="options"/> names, as
    /// <see cref="Open"/> describes, with the provider's compiled model (Storage/CompiledModels):
    /// building the model at run time took most of a short command's time.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder builder, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var target = DatabaseTarget.From(options);
        if (target.IsPostgres)
        {
            builder.UseNpgsql(target.ConnectionString).UseModel(CompiledModels.Postgres.PipelineDbContextModel.Instance);
        }
        else
        {
            if (target.SqliteFile is { } file)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            }
            builder.UseSqlite(target.ConnectionString).UseModel(CompiledModels.Sqlite.PipelineDbContextModel.Instance).AddInterceptors(SqliteConnectionSetup.Instance);
        }
    }

    /// <summary>
    /// Creates the database and its tables if missing; does nothing when they exist. Safe when two
    /// processes call it at once.
    /// </summary>
    public static Task EnsureCreatedAsync(StorageOptions options, CancellationToken ct = default) => EnsureCreatedAsync(options, upgrading: null, ct);

    /// <inheritdoc cref="EnsureCreatedAsync(StorageOptions, CancellationToken)"/>
    /// <param name="upgrading">Told, in a line, what a database from an earlier version is having done to it before the work starts (it can take a while, once).</param>
    public static async Task EnsureCreatedAsync(StorageOptions options, Action<string>? upgrading, CancellationToken ct = default)
    {
        await using var db = Open(options);
        await SchemaCreator.EnsureCreatedAsync(db, upgrading ?? (_ => { }), ct);
    }

    /// <summary>Why <paramref name="connectionString"/> names no database this can open (PostgreSQL or SQLite); null when it names one.</summary>
    public static string? Unusable(string connectionString)
    {
        try
        {
            DatabaseTarget.From(new StorageOptions(".", connectionString));
            return null;
        }
        catch (ArgumentException e)
        {
            var suffix = e.ParamName is null ? "" : $" (Parameter '{e.ParamName}')";
            return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
        }
    }

    public static bool IsPostgres(StorageOptions options) => DatabaseTarget.From(options).IsPostgres;

    /// <summary>The SQLite file of <paramref name="options"/> when it is there but holds no byte; null otherwise.</summary>
    /// <remarks>SQLite takes an empty file for a new database: right for a file it has just created, wrong for one emptied by a failed copy or a full disk.</remarks>
    public static string? EmptyFile(StorageOptions options) =>
        DatabaseTarget.From(options).SqliteFile is { } file && File.Exists(file) && new FileInfo(file).Length == 0 ? file : null;

    /// <summary>True for a SQLite database whose file is not there yet (nothing was ever stored).</summary>
    public static bool IsMissingFile(StorageOptions options) =>
        DatabaseTarget.From(options).SqliteFile is { } file && !File.Exists(file);
}
