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

    /// <summary>The model's second opinion (<c>pipeline adjudicate</c>): why the figures differ, in a cause word; null until asked.</summary>
    public string? VerdictCause { get; set; }

    /// <summary>Whether the model read the figures as one fact (same subject, measure, scope and period).</summary>
    public bool? VerdictSameFact { get; set; }

    /// <summary>Whether the model read the figures as truly disagreeing.</summary>
    public bool? VerdictDisagree { get; set; }

    public string? VerdictExplanation { get; set; }

    /// <summary>The model's confidence, 0 to 1.</summary>
    public double? VerdictConfidence { get; set; }

    /// <summary>The model that gave the verdict, as configured.</summary>
    public string? VerdictModel { get; set; }

    public DateTimeOffset? VerdictAt { get; set; }

    /// <summary>Set when a run no longer finds the dispute; cleared when one finds it again. Kept, with its decision.</summary>
    public DateTimeOffset? StaleSince { get; set; }
}
