namespace Pipeline.Storage;

/// <summary>Where a dispute stands: waiting for an analyst, or decided one of three ways.</summary>
public enum DisputeStatus
{
    Open,

    /// <summary>The sources do disagree about one fact.</summary>
    Confirmed,

    /// <summary>Not a disagreement, for a <see cref="DismissReason"/>.</summary>
    Dismissed,

    /// <summary>A real disagreement, and one value group is the right value.</summary>
    Corrected,
}
