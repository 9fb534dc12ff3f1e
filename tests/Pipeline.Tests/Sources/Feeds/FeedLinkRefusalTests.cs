using System.Text;
using Pipeline.Sources.Feeds;

namespace Pipeline.Tests.Sources.Feeds;

/// <summary>
/// Links a feed may not make us fetch: other schemes, redirects to them or without end, internal
/// addresses not allowed, and bodies over the size caps. Each fails its own item in one line;
/// the other items are still read.
/// </summary>
public sealed class FeedLinkRefusalTests : IAsyncDisposable
{
    private readonly FeedServer _server = new(alsoAsLocalhost: true);
    private readonly List<FeedReader> _readers = [];

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/report.html")]
    [InlineData("javascript:alert(1)")]
    public async Task Item_linking_to_another_scheme_beside_a_good_one_fails_alone(string link)
    {
        var good = GoodPage("good.html");
        var feed = Feed("rss.xml", link, good);

        var read = await Reader().ReadAsync(feed);

        Assert.Equal(good, Assert.Single(read.Documents).Source);
        var failure = Assert.Single(read.Failures);
        Assert.Equal(link, failure.Source);
        Assert.Equal($"refused: {link} is not an http or https link (item of {feed})", failure.Reason);
    }

    [Fact]
    public async Task Item_whose_link_is_not_a_url_fails_alone()
    {
        var good = GoodPage("good.html");
        var feed = Feed("rss.xml", "http://[not-a-host/x", good);

        var read = await Reader().ReadAsync(feed);

        Assert.Equal(good, Assert.Single(read.Documents).Source);
        var failure = Assert.Single(read.Failures);
        Assert.Equal("http://[not-a-host/x", failure.Source);
        Assert.StartsWith("refused: http://[not-a-host/x is not an http or https link", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_to_a_file_url_fails_that_item()
    {
        var good = GoodPage("good.html");
        var sneaky = _server.Redirect("sneaky.html", "file:///etc/passwd");
        var feed = Feed("rss.xml", sneaky, good);

        var read = await Reader().ReadAsync(feed);

        Assert.Equal(good, Assert.Single(read.Documents).Source);
        var failure = Assert.Single(read.Failures);
        Assert.Equal(sneaky, failure.Source);
        Assert.StartsWith("refused: redirected to file:///etc/passwd, which is not an http or https link", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_loop_stops_after_the_configured_number_of_redirects()
    {
        var loop = _server.Redirect("loop.html", "/loop.html");
        var good = GoodPage("good.html");
        var feed = Feed("rss.xml", loop, good);

        var read = await Reader(LocalFetch.Fast with { MaxRedirects = 3 }).ReadAsync(feed);

        Assert.Equal(good, Assert.Single(read.Documents).Source);
        Assert.StartsWith("more than 3 redirects, the limit set by fetch.max_redirects", Assert.Single(read.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal(4, _server.Hits(loop));
    }

    [Fact]
    public async Task Redirects_within_the_limit_are_followed_to_the_page()
    {
        var page = GoodPage("article.html");
        var moved = _server.Redirect("moved.html", "/hop.html");
        _server.Redirect("hop.html", page);
        var feed = Feed("rss.xml", moved);

        var read = await Reader().ReadAsync(feed);

        Assert.Empty(read.Failures);
        var document = Assert.Single(read.Documents);
        Assert.Equal(moved, document.Source);
        Assert.Contains("Cobalt refiners", document.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_on_a_loopback_address_is_refused_and_never_requested_unless_allowed()
    {
        // The feed comes by the name localhost, which is allowed; its item names 127.0.0.1, which is not.
        var page = GoodPage("admin.html");
        var feed = ByName(Feed("rss.xml", page));
        var byNameOnly = LocalFetch.Fast with { AllowedHosts = AllowedHosts.Parse(["localhost"]) };

        var refused = await Reader(byNameOnly).ReadAsync(feed);
        var hitsWhenRefused = _server.Hits(page);
        var allowed = await Reader(byNameOnly with { AllowedHosts = AllowedHosts.Parse(["localhost", "127.0.0.1"]) }).ReadAsync(feed);

        Assert.Empty(refused.Documents);
        var failure = Assert.Single(refused.Failures);
        Assert.Equal(page, failure.Source);
        Assert.Equal($"refused: 127.0.0.1 is a loopback address; add 127.0.0.1 to fetch.allowed_hosts in config/sources.yaml to allow (item of {feed})", failure.Reason);
        Assert.Equal(0, hitsWhenRefused);
        Assert.Equal(page, Assert.Single(allowed.Documents).Source);
    }

    [Fact]
    public async Task Feed_on_a_name_that_resolves_to_loopback_is_refused_by_default()
    {
        var feed = ByName(Feed("rss.xml", GoodPage("good.html")));

        var read = await Reader(LocalFetch.Fast with { AllowedHosts = AllowedHosts.None }).ReadAsync(feed);

        var failure = Assert.Single(read.Failures);
        Assert.StartsWith("feed: refused: localhost is ", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("a loopback address; add localhost to fetch.allowed_hosts", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits(feed));
    }

    [Fact]
    public async Task Redirect_from_an_allowed_host_to_an_internal_address_is_refused()
    {
        var page = GoodPage("internal.html");
        var hop = ByName(_server.Redirect("hop.html", page));
        var feed = ByName(Feed("rss.xml", hop));

        var read = await Reader(LocalFetch.Fast with { AllowedHosts = AllowedHosts.Parse(["localhost"]) }).ReadAsync(feed);

        Assert.StartsWith("refused: 127.0.0.1 is a loopback address", Assert.Single(read.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal(1, _server.Hits(hop));
        Assert.Equal(0, _server.Hits(page));
    }

    [Fact]
    public async Task Pages_over_the_size_cap_fail_alone_whether_or_not_they_declare_their_length()
    {
        var big = Encoding.UTF8.GetBytes(Page(new string('x', 8_000)));
        var declared = _server.Serve("declared.html", "text/html; charset=utf-8", big);
        var undeclared = _server.ServeUndeclared("undeclared.html", "text/html; charset=utf-8", big);
        var good = GoodPage("good.html");
        var feed = Feed("rss.xml", declared, undeclared, good);

        var read = await Reader(LocalFetch.Fast with { MaxPageBytes = 4_096 }).ReadAsync(feed);

        Assert.Equal(good, Assert.Single(read.Documents).Source);
        var reasons = read.Failures.ToDictionary(f => f.Source, f => f.Reason);
        Assert.Equal(2, reasons.Count);
        Assert.StartsWith($"too large: {big.Length:N0} bytes, over the 0.004 MB cap set by fetch.max_page_mb in config/sources.yaml; nothing of it is stored",
            reasons[declared], StringComparison.Ordinal);
        Assert.StartsWith("too large: over the 0.004 MB cap set by fetch.max_page_mb", reasons[undeclared], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_over_its_size_cap_is_one_failure()
    {
        var feed = Feed("rss.xml", GoodPage("good.html"));

        var read = await Reader(LocalFetch.Fast with { MaxFeedBytes = 100 }).ReadAsync(feed);

        Assert.Empty(read.Documents);
        Assert.StartsWith("feed: too large: ", Assert.Single(read.Failures).Reason, StringComparison.Ordinal);
        Assert.Contains("fetch.max_feed_mb", read.Failures[0].Reason, StringComparison.Ordinal);
    }

    private FeedReader Reader(FetchOptions? options = null)
    {
        var reader = new FeedReader(options ?? LocalFetch.Fast);
        _readers.Add(reader);
        return reader;
    }

    private static string ByName(string url) => url.Replace("//127.0.0.1:", "//localhost:", StringComparison.Ordinal);

    private string GoodPage(string path) => _server.Serve(path, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page(
        "Cobalt refiners in Finland said on Monday that output would rise next year as a new line opens.")));

    private string Feed(string path, params string[] links)
    {
        var items = string.Concat(links.Select((l, i) => $"<item><title>Item {i}</title><link>{System.Security.SecurityElement.Escape(l)}</link></item>"));
        return _server.Serve(path, "application/rss+xml", Encoding.UTF8.GetBytes(
            $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title><link>{_server.BaseUrl}</link><description>News</description>{items}</channel></rss>"""));
    }

    private static string Page(string text) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Metals</title></head>
        <body><article><h1>Metals</h1><p>{text}</p><p>{text}</p></article></body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _readers.ForEach(r => r.Dispose());
    }
}
