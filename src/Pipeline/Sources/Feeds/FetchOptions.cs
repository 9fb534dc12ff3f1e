namespace Pipeline.Sources.Feeds;

/// <summary>
/// How feeds and their pages are fetched: a time limit per request, retries with exponential
/// backoff, how many redirects are followed, how large a feed or page may be, and which internal
/// hosts may be reached.
/// </summary>
/// <param name="Timeout">Per request.</param>
/// <param name="Retries">Attempts after the first one, on timeouts, 5xx answers and network errors (never on 4xx).</param>
/// <param name="Backoff">The wait before the first retry; it doubles before each next one.</param>
/// <param name="MaxRedirects">Redirects followed from one link before it fails.</param>
/// <param name="MaxFeedBytes">The largest feed read; a larger one fails, nothing of it is read.</param>
/// <param name="MaxPageBytes">The largest item page read; a larger one fails, nothing of it is stored.</param>
/// <param name="AllowedHosts">Internal hosts that may be fetched; null: none.</param>
public sealed record FetchOptions(
    TimeSpan Timeout,
    int Retries,
    TimeSpan Backoff,
    int MaxRedirects = FetchOptions.DefaultMaxRedirects,
    long MaxFeedBytes = FetchOptions.DefaultMaxFeedMb * FetchOptions.BytesPerMb,
    long MaxPageBytes = FetchOptions.DefaultMaxPageMb * FetchOptions.BytesPerMb,
    AllowedHosts? AllowedHosts = null)
{
    public const int DefaultMaxRedirects = 5;
    public const long DefaultMaxFeedMb = 10;
    public const long DefaultMaxPageMb = 20;
    public const long BytesPerMb = 1024 * 1024;

    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(20), 3, TimeSpan.FromSeconds(1));

    public AllowedHosts AllowedHosts { get; init; } = AllowedHosts ?? AllowedHosts.None;
}
