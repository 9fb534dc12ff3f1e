using System.Net;
using Pipeline.Sources;
using Pipeline.Sources.Feeds;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Sources;

/// <summary>The fetch section of sources.yaml: the safety settings, their defaults, and a clear line for a bad one.</summary>
public sealed class SourcesOptionsTests : IDisposable
{
    private readonly TempDirectory _config = new();

    [Fact]
    public void Fetch_limits_and_allowed_hosts_come_from_the_file_else_their_defaults()
    {
        File.WriteAllText(_config.Combine("sources.yaml"), "drop_folders: []\n");
        var unset = SourcesOptions.Load(_config.Path).Fetch;
        File.WriteAllText(_config.Combine("sources.yaml"), """
            fetch:
              max_redirects: 2
              max_feed_mb: 1
              max_page_mb: 0.5
              allowed_hosts: [wiki.intranet.example, 10.0.0.0/8]
            """);
        var set = SourcesOptions.Load(_config.Path).Fetch;

        Assert.Equal((5, 10L * 1024 * 1024, 20L * 1024 * 1024), (unset.MaxRedirects, unset.MaxFeedBytes, unset.MaxPageBytes));
        Assert.False(unset.AllowedHosts.Allows(IPAddress.Loopback));
        Assert.Equal((2, 1024L * 1024, 512L * 1024), (set.MaxRedirects, set.MaxFeedBytes, set.MaxPageBytes));
        Assert.True(set.AllowedHosts.Allows("wiki.intranet.example"));
        Assert.True(set.AllowedHosts.Allows(IPAddress.Parse("10.9.8.7")));
    }

    [Theory]
    [InlineData("fetch:\n  allowed_hosts: [\"http://wiki/\"]\n", "fetch: allowed_hosts: 'http://wiki/' is not a host name, an address or a network")]
    [InlineData("fetch:\n  max_page_mb: 0\n", "fetch: max_feed_mb and max_page_mb must be positive, max_redirects not negative")]
    [InlineData("fetch:\n  max_redirects: -1\n", "fetch: max_feed_mb and max_page_mb must be positive, max_redirects not negative")]
    public void A_bad_fetch_setting_is_one_line_naming_the_file(string yaml, string expected)
    {
        File.WriteAllText(_config.Combine("sources.yaml"), yaml);

        var error = Assert.Throws<ConfigException>(() => SourcesOptions.Load(_config.Path));

        Assert.StartsWith(_config.Combine("sources.yaml"), error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    public void Dispose() => _config.Dispose();
}
