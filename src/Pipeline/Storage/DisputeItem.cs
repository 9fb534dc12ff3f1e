using Pipeline.CrossCheck;

namespace Pipeline.Storage;

/// <summary>
/// A disputed fact in the review queue. Its identity is <see cref="FactKey"/> (subject, measure,
/// scope, modality, unit, period), never its claims or values, so a re-run finds the same item. The
/// value groups are kept as a snapshot of claim fingerprints: as found by the last run, and as they
/// stood when the analyst decided, which tells a dispute that came back unchanged from one that changed.
/// </summary>
public sealed class DisputeItem
{
    public long Id { get; set; }

    public required string FactKey { get; set; }

    public required string Subject { get; set; }

    public required string Attribute { get; set; }

    public string? Scope { get; set; }

    public required string Modality { get; set; }

    public required string Unit { get; set; }

    /// <summary>The period as stated ("2024"); empty for present-tense claims.</summary>
    public required string Period { get; set; }

    public DisputeStatus Status { get; set; }

    public DismissReason? DismissReason { get; set; }

    /// <summary>For <see cref="DisputeStatus.Corrected"/>: the value of the group marked correct.</summary>
    public string? CorrectValue { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The decision a change in the dispute reopened, in words, shown until the next decision.</summary>
    public string? PreviousDecision { get; set; }

    public required string Reason { get; set; }

    public ConflictSeverity Severity { get; set; }

    public bool UnitConfusion { get; set; }

    /// <summary>The value groups as the last run found them (JSON: <see cref="DisputeGroups"/>).</summary>
    public required string Groups { get; set; }

    /// <summary>The value groups when the analyst decided; null while undecided.</summary>
    public string? DecidedGroups { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when a run no longer finds the dispute; cleared when one finds it again. Kept, with its decision.</summary>
    public DateTimeOffset? StaleSince { get; set; }
}
