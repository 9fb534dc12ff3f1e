namespace Pipeline.CrossCheck;

/// <summary>
/// How much a conflict matters, from the gap between the two figures as stated (before
/// tolerance); thresholds in config/crosscheck.yaml.
/// </summary>
public enum ConflictSeverity
{
    /// <summary>A small gap: rounding or a near miss (69% vs 70%).</summary>
    Low,

    /// <summary>A clear gap: 10% relative or 5 points on percentages, a week on dates.</summary>
    Medium,

    /// <summary>25% relative, 10 points, a month; or a unit confusion (the same number per pound and per kilogram).</summary>
    High,
}
