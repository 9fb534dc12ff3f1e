namespace Pipeline.Storage;

/// <summary>
/// Where a stored claim is found again: its document and its fingerprint. Lookups go through the
/// claims' document index; an index of the fingerprints themselves had random keys, so every batch
/// of new claims touched pages all over it and storing slowed as the table grew.
/// </summary>
public readonly record struct ClaimReference(int DocumentId, string Fingerprint);
