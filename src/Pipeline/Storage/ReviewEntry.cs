namespace Pipeline.Storage;

/// <summary>A review item with its two claims and their documents, as they are stored now.</summary>
public sealed record ReviewEntry(ReviewItem Item, ClaimRecord A, Document DocumentA, ClaimRecord B, Document DocumentB);
