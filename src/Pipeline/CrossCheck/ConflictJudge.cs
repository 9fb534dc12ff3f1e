namespace Pipeline.CrossCheck;

/// <summary>How severe a conflict is and how it reads, from the two claims as stated.</summary>
internal static class ConflictJudge
{
    public static string Reason(CrossCheckClaim a, CrossCheckClaim b) => $"{FigureText.Of(a)} vs {FigureText.Of(b)}";

    /// <summary>
    /// High for a unit confusion (the same number written per pound and per kilogram) or a gap
    /// at or above the high threshold; medium at or above the medium one; low below. The gap is
    /// between the stated intervals' nearest bounds: points for percentages, days for dates,
    /// else relative to the larger of the two bounds.
    /// </summary>
    public static ConflictSeverity Severity(CrossCheckClaim a, Figure figureA, CrossCheckClaim b, Figure figureB, CrossCheckOptions options)
    {
        if (IsUnitConfusion(a, b, options))
        {
            return ConflictSeverity.High;
        }
        var thresholds = options.Severity;
        var gap = figureA.Stated.GapTo(figureB.Stated);
        if (a.IsDate)
        {
            return Grade(gap, thresholds.MediumDays, thresholds.HighDays);
        }
        if (a.Unit == "%")
        {
            return Grade(gap, thresholds.MediumPoints, thresholds.HighPoints);
        }
        var (nearA, nearB) = figureA.Stated.High < figureB.Stated.Low
            ? (figureA.Stated.High, figureB.Stated.Low)
            : (figureA.Stated.Low, figureB.Stated.High);
        var scale = Math.Max(Math.Abs(nearA), Math.Abs(nearB));
        return scale == 0 || double.IsInfinity(scale) ? ConflictSeverity.Low : Grade(gap / scale, thresholds.MediumRelative, thresholds.HighRelative);
    }

    private static ConflictSeverity Grade(double gap, double medium, double high) =>
        gap >= high ? ConflictSeverity.High : gap >= medium ? ConflictSeverity.Medium : ConflictSeverity.Low;

    /// <summary>Prices written in two mass units whose numbers, as written, agree: 110 USD/lb vs 110 USD/kg.</summary>
    public static bool IsUnitConfusion(CrossCheckClaim a, CrossCheckClaim b, CrossCheckOptions options)
    {
        if (a.StatedUnit is null || b.StatedUnit is null || a.StatedUnit == b.StatedUnit
            || (a.Low ?? a.High) is not { } valueA || (b.Low ?? b.High) is not { } valueB)
        {
            return false;
        }
        if (StatedRate.InStatedUnit(valueA, a.Unit, a.StatedUnit) is not { } writtenA
            || StatedRate.InStatedUnit(valueB, b.Unit, b.StatedUnit) is not { } writtenB)
        {
            return false;
        }
        var relative = IsLoose(a.Qualifier) || IsLoose(b.Qualifier)
            ? options.Approximate.Relative
            : options.Exact.Relative;
        var tolerance = relative * Math.Max(Math.Abs(writtenA), Math.Abs(writtenB));
        return Math.Abs(writtenA - writtenB) <= tolerance;
    }

    private static bool IsLoose(Extraction.Qualifier qualifier) =>
        qualifier is Extraction.Qualifier.Approximate or Extraction.Qualifier.Nearly;
}
