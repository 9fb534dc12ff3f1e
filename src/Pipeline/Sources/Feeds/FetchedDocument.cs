namespace Pipeline.Sources.Feeds;

/// <summary>A page read from the web: its URL (the document's source) and its main text.</summary>
public sealed record FetchedDocument(string Source, SourceText Content);
