using Pipeline.Extraction;

namespace Pipeline.CrossCheck;

/// <summary>A closed interval of values; infinite bounds are open ends (more than, less than).</summary>
public readonly record struct ValueInterval(double Low, double High)
{
    public bool Overlaps(ValueInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>How far apart two intervals are: 0 when they overlap.</summary>
    public double GapTo(ValueInterval other) => Math.Max(0, Math.Max(other.Low - High, Low - other.High));

    /// <summary>
    /// The values a claim states: exact, approximate and nearly [v, v]; at least [lo, +∞); at most
    /// (−∞, hi]; a range [lo, hi]; a date value its days.
    /// </summary>
    public static ValueInterval Stated(CrossCheckClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var low = claim.Low ?? double.NegativeInfinity;
        var high = claim.High ?? double.PositiveInfinity;
        return claim.Qualifier switch
        {
            Qualifier.Exact or Qualifier.Approximate when claim.Low is { } v && claim.High is null => new(v, v),
            Qualifier.Exact or Qualifier.Approximate or Qualifier.Nearly when claim.High is { } v && claim.Low is null => new(v, v),
            Qualifier.Nearly when claim.Low is { } v && claim.High is null => new(v, v),
            Qualifier.AtLeast => new(low, double.PositiveInfinity),
            Qualifier.AtMost => new(double.NegativeInfinity, high),
            _ => new(Math.Min(low, high), Math.Max(low, high)),
        };
    }

    /// <summary>
    /// The values a claim can mean once tolerance is allowed: approximate figures, and shares
    /// stated as a round ten (90%, 九成), reach by the approximate tolerance; exact figures and the
    /// finite bounds of the others by the exact one (rounding); dates by the date slack in days.
    /// </summary>
    public static ValueInterval Widened(CrossCheckClaim claim, CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stated = Stated(claim);
        if (claim.IsDate)
        {
            return new(stated.Low - options.DateDays, stated.High + options.DateDays);
        }
        var tolerance = claim.Qualifier == Qualifier.Approximate || IsRoundShare(claim) ? options.Approximate : options.Exact;
        if (claim.Qualifier == Qualifier.Nearly)
        {
            // Nearly 70%: short of the figure by up to the approximate tolerance, past it only by rounding
            // (a negated figure, "fell nearly 20%", stores its bound as Low and falls short upward).
            var (under, over) = (options.Approximate.Around(stated.Low, claim.Unit), options.Exact.Around(stated.Low, claim.Unit));
            return claim.High is not null ? new(stated.Low - under, stated.High + over) : new(stated.Low - over, stated.High + under);
        }
        return new(
            double.IsInfinity(stated.Low) ? stated.Low : stated.Low - tolerance.Around(stated.Low, claim.Unit),
            double.IsInfinity(stated.High) ? stated.High : stated.High + tolerance.Around(stated.High, claim.Unit));
    }

    /// <summary>
    /// "90 percent", 九成: a share written as a whole ten is rounded as a rule, so it agrees with 92%,
    /// while 85% against 90% stays a disagreement.
    /// </summary>
    private static bool IsRoundShare(CrossCheckClaim claim) =>
        claim.Unit == "%" && claim.Qualifier == Qualifier.Exact && claim.Low is { } v && (claim.High is null || claim.High == v)
        && v is > 0 and < 100 && v % 10 == 0;
}
