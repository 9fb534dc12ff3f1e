using System.ServiceModel.Syndication;
using System.Xml;

namespace Pipeline.Sources.Feeds;

/// <summary>
/// Parses RSS 2.0 and Atom 1.0 without a DTD. A link that is not a URL does not fail the whole
/// feed (the formatters' default): it is kept as written, so its item alone fails when fetched.
/// </summary>
internal static class FeedXml
{
    private const string Unparsable = "x-pipeline-unparsable";

    /// <exception cref="XmlException">Not XML, or neither RSS 2.0 nor Atom 1.0.</exception>
    public static SyndicationFeed Parse(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        SyndicationFeedFormatter[] formatters = [new Atom10FeedFormatter { UriParser = KeepAsWritten }, new Rss20FeedFormatter { UriParser = KeepAsWritten }];
        foreach (var formatter in formatters)
        {
            if (formatter.CanRead(reader))
            {
                formatter.ReadFrom(reader);
                return formatter.Feed;
            }
        }
        reader.MoveToContent();
        throw new XmlException($"<{reader.Name}> is neither an RSS 2.0 nor an Atom 1.0 feed");
    }

    public static bool IsUnparsable(Uri uri) => uri.IsAbsoluteUri && uri.Scheme == Unparsable;

    /// <summary>The text of a link that was not a URL, as the feed wrote it.</summary>
    public static string LinkText(Uri unparsable) => Uri.UnescapeDataString(unparsable.OriginalString[(Unparsable.Length + 1)..]);

    private static bool KeepAsWritten(XmlUriData data, out Uri uri)
    {
        if (!Uri.TryCreate(data.UriString, data.UriKind, out uri!))
        {
            uri = new Uri($"{Unparsable}:{Uri.EscapeDataString(data.UriString)}");
        }
        return true;
    }
}
