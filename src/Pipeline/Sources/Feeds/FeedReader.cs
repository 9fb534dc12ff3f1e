using System.ServiceModel.Syndication;
using System.Xml;
using Pipeline.Text;

namespace Pipeline.Sources.Feeds;

/// <summary>
/// Reads an RSS 2.0 or Atom feed and the page each item links to, reduced to its main text.
/// A feed or page that cannot be had becomes an <see cref="IngestFailure"/>; the rest go on.
/// </summary>
public sealed class FeedReader(HttpClient http, FetchOptions options)
{
    public async Task<FeedRead> ReadAsync(string feedUrl, CancellationToken ct = default)
    {
        SyndicationFeed feed;
        try
        {
            feed = Parse(await FetchAsync(feedUrl, ct));
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
                var content = DocumentReader.Read("item.html", await FetchAsync(link, ct));
                var title = content.Title ?? item.Title?.Text;
                var date = content.PublishedOn ?? DateOf(item);
                documents.Add(new FetchedDocument(link, content with { Title = title, PublishedOn = date }));
            }
            catch (FetchException e)
            {
                failures.Add(new IngestFailure(link, e.Message));
            }
            catch (SourceReadException e)
            {
                failures.Add(new IngestFailure(link, e.Message));
            }
        }
        return new FeedRead(documents, failures);
    }

    private static SyndicationFeed Parse(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        return SyndicationFeed.Load(reader);
    }

    private static string? LinkOf(SyndicationItem item, string feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri is not { } uri)
        {
            return null;
        }
        return uri.IsAbsoluteUri ? uri.AbsoluteUri : new Uri(new Uri(feedUrl), uri).AbsoluteUri;
    }

    private static DateOnly? DateOf(SyndicationItem item)
    {
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return date == default ? null : DateOnly.FromDateTime(date.UtcDateTime);
    }

    /// <summary>The body at <paramref name="url"/>; retries timeouts, 5xx and network errors with backoff.</summary>
    private async Task<byte[]> FetchAsync(string url, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            string reason;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Timeout);
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadAsByteArrayAsync(timeout.Token);
                }
                var code = (int)response.StatusCode;
                reason = $"HTTP {code} {response.ReasonPhrase}";
                if (code < 500)
                {
                    throw new FetchException(reason);
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                reason = $"no answer within {options.Timeout.TotalSeconds:0.###} s";
            }
            catch (HttpRequestException e)
            {
                reason = $"network error: {e.Message}";
            }
            if (attempt > options.Retries)
            {
                throw new FetchException(attempt == 1 ? reason : $"{reason} (after {attempt} attempts)");
            }
            await Task.Delay(options.Backoff * Math.Pow(2, attempt - 1), ct);
        }
    }
}
