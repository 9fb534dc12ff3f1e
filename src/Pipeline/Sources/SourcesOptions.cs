using Pipeline.Sources.Feeds;

namespace Pipeline.Sources;

/// <summary>The sources of a scheduled run, from config/sources.yaml: drop folders, feeds, how feeds are fetched, and when the nightly run starts.</summary>
/// <param name="DropFolders">Full paths (the file names them relative to the config folder's parent).</param>
/// <param name="Feeds">RSS or Atom URLs.</param>
/// <param name="NightlyCron">When the nightly run starts, in local time (schedule: nightly_cron); Hangfire checks it when it is registered.</param>
public sealed record SourcesOptions(IReadOnlyList<string> DropFolders, IReadOnlyList<string> Feeds, FetchOptions Fetch, string NightlyCron = SourcesOptions.DefaultNightlyCron)
{
    public const string FileName = "sources.yaml";

    /// <summary>The largest file ingested, from a drop folder or named to `pipeline ingest` (ingest: max_file_mb).</summary>
    public FileSizeLimit MaxFile { get; init; } = FileSizeLimit.Default;

    /// <summary>02:00 every day.</summary>
    public const string DefaultNightlyCron = "0 2 * * *";

    /// <summary>Reads sources.yaml from <paramref name="configFolder"/>; no file: no sources.</summary>
    public static SourcesOptions Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        if (!File.Exists(path))
        {
            return new SourcesOptions([], [], FetchOptions.Default);
        }
        var file = ConfigFile.Read<SourcesFile>(path) ?? new SourcesFile();
        var root = Path.GetDirectoryName(Path.GetFullPath(configFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? configFolder;
        var options = FetchFrom(file.Fetch ?? new FetchEntry(), path);
        if (file.Ingest?.MaxFileMb is <= 0)
        {
            throw new ConfigException(path, null, "ingest: max_file_mb must be positive");
        }
        return new SourcesOptions(
            [.. file.DropFolders.Select(f => Path.GetFullPath(f, root))],
            [.. file.Feeds],
            options,
            file.Schedule?.NightlyCron?.Trim() is { Length: > 0 } cron ? cron : DefaultNightlyCron)
        {
            MaxFile = file.Ingest?.MaxFileMb is { } megabytes ? new FileSizeLimit(megabytes) : FileSizeLimit.Default,
        };
    }

    private static FetchOptions FetchFrom(FetchEntry fetch, string path)
    {
        var defaults = FetchOptions.Default;
        var options = new FetchOptions(
            fetch.TimeoutSeconds is { } timeout ? TimeSpan.FromSeconds(timeout) : defaults.Timeout,
            fetch.Retries ?? defaults.Retries,
            fetch.BackoffSeconds is { } backoff ? TimeSpan.FromSeconds(backoff) : defaults.Backoff,
            fetch.MaxRedirects ?? defaults.MaxRedirects,
            Bytes(fetch.MaxFeedMb, defaults.MaxFeedBytes),
            Bytes(fetch.MaxPageMb, defaults.MaxPageBytes));
        if (options.Timeout <= TimeSpan.Zero || options.Retries < 0 || options.Backoff < TimeSpan.Zero)
        {
            throw new ConfigException(path, null, "fetch: timeout_seconds must be positive, retries and backoff_seconds not negative");
        }
        if (options.MaxRedirects < 0 || options.MaxFeedBytes <= 0 || options.MaxPageBytes <= 0)
        {
            throw new ConfigException(path, null, "fetch: max_feed_mb and max_page_mb must be positive, max_redirects not negative");
        }
        try
        {
            return options with { AllowedHosts = AllowedHosts.Parse((fetch.AllowedHosts ?? []).OfType<string>()) };
        }
        catch (FormatException e)
        {
            throw new ConfigException(path, null, $"fetch: allowed_hosts: {e.Message}", e);
        }
    }

    private static long Bytes(double? megabytes, long otherwise) =>
        megabytes is { } mb ? (long)Math.Min(mb * FetchOptions.BytesPerMb, long.MaxValue) : otherwise;

    private sealed class SourcesFile
    {
        public List<string> DropFolders { get; set; } = [];
        public List<string> Feeds { get; set; } = [];
        public FetchEntry? Fetch { get; set; }
        public ScheduleEntry? Schedule { get; set; }
        public IngestEntry? Ingest { get; set; }
    }

    private sealed class IngestEntry
    {
        public int? MaxFileMb { get; set; }
    }

    private sealed class ScheduleEntry
    {
        public string? NightlyCron { get; set; }
    }

    private sealed class FetchEntry
    {
        public double? TimeoutSeconds { get; set; }
        public int? Retries { get; set; }
        public double? BackoffSeconds { get; set; }
        public int? MaxRedirects { get; set; }
        public double? MaxFeedMb { get; set; }
        public double? MaxPageMb { get; set; }
        public List<string?>? AllowedHosts { get; set; }
    }
}
