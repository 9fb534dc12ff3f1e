namespace Pipeline.CrossCheck;

/// <summary>
/// Gaps between two figures as stated (nearest bounds, before tolerance) from which a conflict
/// is medium or high: relative to the larger figure, in points for percentages, in days for dates.
/// </summary>
public sealed record SeverityThresholds(
    double MediumRelative = 0.10,
    double HighRelative = 0.25,
    double MediumPoints = 5,
    double HighPoints = 10,
    int MediumDays = 7,
    int HighDays = 30);
