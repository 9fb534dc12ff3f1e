namespace Pipeline.Sources.Feeds;

/// <summary>A URL that could not be fetched, with the reason in one line.</summary>
internal sealed class FetchException(string message) : Exception(message);
