using System.Text;

namespace Pipeline.Tests.Sources.Feeds;

/// <summary>
/// A small news site on a <see cref="FeedServer"/>: an RSS 2.0 feed (an English page, a Big5
/// Chinese page, and a link that is 404), an Atom feed (a UTF-8 Chinese page without a date),
/// a feed that answers too late, one that is not XML, and one whose items link to file:// and
/// ftp:// beside a good page.
/// </summary>
internal sealed class NewsSite : IAsyncDisposable
{
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(5);

    private readonly FeedServer _server = new();

    public NewsSite()
    {
        EnglishUrl = _server.Serve("articles/copper.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(EnglishPage));
        EncodingSupport();
        Big5Url = _server.Serve("articles/taiwan.html", "text/html", Encoding.GetEncoding("big5").GetBytes(Big5Page));
        ChineseUrl = _server.Serve("articles/lithium.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ChinesePage));
        MissingUrl = _server.Url("articles/gone.html");
        RssUrl = _server.Serve("rss.xml", "application/rss+xml", Encoding.UTF8.GetBytes(Rss()));
        AtomUrl = _server.Serve("atom.xml", "application/atom+xml", Encoding.UTF8.GetBytes(Atom()));
        SlowUrl = _server.Serve("slow.xml", "application/rss+xml", Encoding.UTF8.GetBytes(Rss()), SlowDelay);
        BadLinksUrl = _server.Serve("bad-links.xml", "application/rss+xml", Encoding.UTF8.GetBytes(BadLinksRss()));
        BrokenUrl = _server.Serve("broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Broken</title><item>"u8.ToArray());
    }

    public string RssUrl { get; }

    public string AtomUrl { get; }

    public string SlowUrl { get; }

    public string BrokenUrl { get; }

    /// <summary>A feed of three items: <see cref="FileLink"/>, <see cref="FtpLink"/> and the English page.</summary>
    public string BadLinksUrl { get; }

    public const string FileLink = "file:///etc/passwd";

    public const string FtpLink = "ftp://127.0.0.1/report.html";

    public string EnglishUrl { get; }

    public string Big5Url { get; }

    public string ChineseUrl { get; }

    public string MissingUrl { get; }

    /// <summary>Every feed: three good pages among them, and three failures (slow feed, broken feed, missing page).</summary>
    public IReadOnlyList<string> AllFeeds => [RssUrl, AtomUrl, SlowUrl, BrokenUrl];

    public int Hits(string url) => _server.Hits(url);

    public Task<int> HitsAsync(string url, int expected) => _server.HitsAsync(url, expected, TimeSpan.FromSeconds(10));

    public const string EnglishTitle = "Copper climbs as smelters cut output";

    public const string AtomItemTitle = "锂价继续下跌";

    /// <summary>The Atom item's date, which the page (no date of its own) takes.</summary>
    public static readonly DateOnly AtomItemDate = new(2024, 3, 18);

    private static void EncodingSupport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private string Rss() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Metals desk</title>
            <link>{_server.BaseUrl}</link>
            <description>Metals news</description>
            <item><title>Copper</title><link>{EnglishUrl}</link><pubDate>Mon, 11 Mar 2024 08:00:00 GMT</pubDate></item>
            <item><title>台灣晶片</title><link>{Big5Url}</link><pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate></item>
            <item><title>Gone</title><link>{MissingUrl}</link><pubDate>Wed, 13 Mar 2024 08:00:00 GMT</pubDate></item>
          </channel>
        </rss>
        """;

    private string BadLinksRss() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Odd links</title>
            <link>{_server.BaseUrl}</link>
            <description>Links that are not web pages</description>
            <item><title>Local file</title><link>{FileLink}</link></item>
            <item><title>FTP</title><link>{FtpLink}</link></item>
            <item><title>Copper</title><link>{EnglishUrl}</link></item>
          </channel>
        </rss>
        """;

    private string Atom() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>金属快讯</title>
          <id>urn:test:atom</id>
          <updated>2024-03-18T09:00:00Z</updated>
          <entry>
            <title>{AtomItemTitle}</title>
            <id>urn:test:lithium</id>
            <link rel="alternate" href="{ChineseUrl}"/>
            <published>2024-03-18T09:00:00Z</published>
            <updated>2024-03-18T09:00:00Z</updated>
          </entry>
        </feed>
        """;

    private const string EnglishPage = $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{EnglishTitle}</title>
        <meta name="date" content="2024-03-11"></head>
        <body><nav><a href="/">Home</a> <a href="/metals">Metals</a></nav>
        <article><h1>{EnglishTitle}</h1>
        <p>Copper prices rose for a third day on Monday after two large smelters in Chile said they would cut output
        while they repair their furnaces, traders in London said.</p>
        <p>Benchmark copper on the London Metal Exchange gained 2.1% to settle near its highest level this year, and
        stocks in warehouses tracked by the exchange fell for the fifth week in a row.</p>
        <p>Analysts expect the market to stay tight until the smelters return to full capacity in the second quarter.</p>
        </article><footer>All rights reserved.</footer></body></html>
        """;

    private const string Big5Page = """
        <!DOCTYPE html>
        <html lang="zh-Hant"><head><meta charset="big5"><title>台灣晶片出口創新高</title>
        <meta name="date" content="2024-03-12"></head>
        <body><article><h1>台灣晶片出口創新高</h1>
        <p>台灣上個月的晶片出口金額創下歷史新高，主要受到人工智慧伺服器需求強勁帶動，經濟部官員表示。</p>
        <p>官員指出，今年上半年的出口訂單仍然穩定成長，但全球經濟前景仍有不確定因素，企業需要審慎應對。</p>
        <p>市場人士認為，半導體產業的庫存調整已經大致結束，下半年的表現值得期待。</p>
        </article></body></html>
        """;

    private const string ChinesePage = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"></head>
        <body><article>
        <p>碳酸锂价格本周继续下跌，市场人士表示，下游电池企业的采购意愿仍然偏弱，库存水平较高。</p>
        <p>分析人士认为，随着新增产能陆续投产，锂盐供应将保持宽松，价格短期内难以明显反弹。</p>
        <p>部分冶炼企业已经开始减产，以应对持续走低的价格和不断收窄的利润空间。</p>
        </article></body></html>
        """;

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
