namespace Pipeline.Sources;

/// <summary>A source that could not be ingested, and why, in words an analyst can act on.</summary>
public sealed record IngestFailure(string Source, string Reason);
