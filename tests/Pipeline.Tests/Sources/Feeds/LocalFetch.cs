using Pipeline.Sources.Feeds;

namespace Pipeline.Tests.Sources.Feeds;

/// <summary>Fetch settings for the tests' servers on 127.0.0.1, which come in through allowed_hosts as an intranet would.</summary>
internal static class LocalFetch
{
    public static readonly AllowedHosts Loopback = AllowedHosts.Parse(["127.0.0.1"]);

    /// <summary>Small limits: a feed that never answers costs two seconds (two attempts).</summary>
    public static readonly FetchOptions Fast = new(TimeSpan.FromSeconds(1), 1, TimeSpan.FromMilliseconds(10), AllowedHosts: Loopback);
}
