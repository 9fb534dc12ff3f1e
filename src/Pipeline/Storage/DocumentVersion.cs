namespace Pipeline.Storage;

/// <summary>Which text a stored document holds, and since when: enough to tell whether an index entry is current.</summary>
public sealed record DocumentVersion(int Id, string ContentHash, DateTimeOffset UpdatedAt);
