using System.ServiceModel.Syndication;
using System.Xml;
using Pipeline.Text;

namespace Pipeline.Sources.Feeds;

/// <summary>
/// Reads an RSS 2.0 or Atom feed and the page each item links to, reduced to its main text.
/// A feed or page that cannot be had (a bad link, a refused address, too large) becomes an
/// <see cref="IngestFailure"/>; the other items and feeds go on.
/// </summary>
public sealed class FeedReader(FetchOptions options) : IDisposable
{
    private readonly WebFetcher _web = new(options);

    public async Task<FeedRead> ReadAsync(string feedUrl, CancellationToken ct = default)
    {
        SyndicationFeed feed;
        try
        {
            feed = FeedXml.Parse(await _web.FetchAsync(feedUrl, options.MaxFeedBytes, "max_feed_mb", ct));
        }
        catch (FetchException e)
        {
            return new FeedRead([], [new IngestFailure(feedUrl, $"feed: {e.Message}")]);
        }
        catch (XmlException e)
        {
            return new FeedRead([], [new IngestFailure(feedUrl, $"feed is not RSS or Atom XML: {e.Message}")]);
        }

        var documents = new List<FetchedDocument>();
        var failures = new List<IngestFailure>();
        foreach (var item in feed.Items)
        {
            if (LinkOf(item, feedUrl) is not { } link)
            {
                failures.Add(new IngestFailure(feedUrl, $"item '{item.Title?.Text}' has no link"));
                continue;
            }
            try
            {
                var content = DocumentReader.Read("item.html", await _web.FetchAsync(link, options.MaxPageBytes, "max_page_mb", ct));
                var title = content.Title ?? item.Title?.Text;
                var date = content.PublishedOn ?? DateOf(item);
                documents.Add(new FetchedDocument(link, content with { Title = title, PublishedOn = date }));
            }
            catch (Exception e) when (e is FetchException or SourceReadException)
            {
                failures.Add(ItemFailure(link, e.Message, feedUrl));
            }
        }
        return new FeedRead(documents, failures);
    }

    private static IngestFailure ItemFailure(string link, string reason, string feedUrl) => new(link, $"{reason} (item of {feedUrl})");

    private static string? LinkOf(SyndicationItem item, string feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri is not { } uri)
        {
            return null;
        }
        if (FeedXml.IsUnparsable(uri))
        {
            return FeedXml.LinkText(uri);
        }
        return uri.IsAbsoluteUri ? uri.AbsoluteUri : new Uri(new Uri(feedUrl), uri).AbsoluteUri;
    }

    private static DateOnly? DateOf(SyndicationItem item)
    {
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return date == default ? null : DateOnly.FromDateTime(date.UtcDateTime);
    }

    public void Dispose() => _web.Dispose();
}
