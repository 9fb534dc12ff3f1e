namespace Pipeline.Storage;

/// <summary>Where a review item stands: waiting for an analyst, or decided.</summary>
public enum ReviewStatus
{
    Open,
    Confirmed,
    Dismissed,
}
