namespace Pipeline.Sources.Feeds;

/// <summary>How feeds and their pages are fetched: a time limit per request, and retries with exponential backoff.</summary>
/// <param name="Timeout">Per request.</param>
/// <param name="Retries">Attempts after the first one, on timeouts, 5xx answers and network errors (never on 4xx).</param>
/// <param name="Backoff">The wait before the first retry; it doubles before each next one.</param>
public sealed record FetchOptions(TimeSpan Timeout, int Retries, TimeSpan Backoff)
{
    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(20), 3, TimeSpan.FromSeconds(1));
}
