using Pipeline.Sources.Feeds;

namespace Pipeline.Tests.Sources.Feeds;

/// <summary>Feeds and their pages read from a local server: what is read, and how each failure is told.</summary>
public sealed class FeedReaderTests : IAsyncDisposable
{
    private readonly FeedReader _reader = new(LocalFetch.Fast);
    private readonly NewsSite _site = new();

    private FeedReader Reader => _reader;

    [Fact]
    public async Task Rss_items_become_their_pages_main_text_with_the_item_url_as_source()
    {
        var read = await Reader.ReadAsync(_site.RssUrl);

        var english = Assert.Single(read.Documents, d => d.Source == _site.EnglishUrl);
        Assert.Equal(NewsSite.EnglishTitle, english.Content.Title);
        Assert.Equal(new DateOnly(2024, 3, 11), english.Content.PublishedOn);
        Assert.Contains("two large smelters in Chile", english.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", english.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Big5_page_is_decoded_by_its_meta_charset()
    {
        var read = await Reader.ReadAsync(_site.RssUrl);

        var big5 = Assert.Single(read.Documents, d => d.Source == _site.Big5Url);
        Assert.Contains("台灣上個月的晶片出口金額創下歷史新高", big5.Content.Text, StringComparison.Ordinal);
        Assert.Equal("台灣晶片出口創新高", big5.Content.Title);
    }

    [Fact]
    public async Task Atom_page_without_a_date_takes_the_items_published_date()
    {
        var read = await Reader.ReadAsync(_site.AtomUrl);

        var page = Assert.Single(read.Documents);
        Assert.Equal(_site.ChineseUrl, page.Source);
        Assert.Equal(NewsSite.AtomItemDate, page.Content.PublishedOn);
        Assert.Contains("碳酸锂价格本周继续下跌", page.Content.Text, StringComparison.Ordinal);
        Assert.Empty(read.Failures);
    }

    [Fact]
    public async Task Missing_item_page_is_one_failure_naming_its_url_and_is_not_retried()
    {
        var read = await Reader.ReadAsync(_site.RssUrl);

        var failure = Assert.Single(read.Failures);
        Assert.Equal(_site.MissingUrl, failure.Source);
        Assert.StartsWith("HTTP 404", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, _site.Hits(_site.MissingUrl));
        Assert.Equal(2, read.Documents.Count);
    }

    [Fact]
    public async Task Feed_that_never_answers_fails_after_its_retries()
    {
        var read = await Reader.ReadAsync(_site.SlowUrl);

        Assert.Empty(read.Documents);
        var failure = Assert.Single(read.Failures);
        Assert.Equal(_site.SlowUrl, failure.Source);
        Assert.Equal("feed: no answer within 1 s (after 2 attempts)", failure.Reason);
        Assert.Equal(2, await _site.HitsAsync(_site.SlowUrl, expected: 2));
    }

    [Fact]
    public async Task Malformed_feed_is_one_failure_naming_its_url()
    {
        var read = await Reader.ReadAsync(_site.BrokenUrl);

        Assert.Empty(read.Documents);
        var failure = Assert.Single(read.Failures);
        Assert.Equal(_site.BrokenUrl, failure.Source);
        Assert.StartsWith("feed is not RSS or Atom XML", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_with_a_dtd_is_refused()
    {
        await using var server = new FeedServer();
        var url = server.Serve("dtd.xml", "application/rss+xml",
            """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "boom">]><rss version="2.0"><channel><title>&x;</title></channel></rss>"""u8.ToArray());

        var read = await Reader.ReadAsync(url);

        Assert.StartsWith("feed is not RSS or Atom XML", Assert.Single(read.Failures).Reason, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _reader.Dispose();
    }
}
