
namespace Pipeline.Sources.Feeds;

/// <summary>What reading one feed gave: the item pages read, and each feed or page that could not be.</summary>
public sealed record FeedRead(IReadOnlyList<FetchedDocument> Documents, IReadOnlyList<IngestFailure> Failures);
