namespace Pipeline.CrossCheck;

/// <summary>
/// How far a stated figure reaches on either side: a share of its value, or for percentages a
/// number of points when <paramref name="PercentagePoints"/> is given.
/// </summary>
public sealed record Tolerance(double Relative, double? PercentagePoints = null)
{
    /// <summary>The half-width of the tolerance around <paramref name="value"/> in <paramref name="unit"/>.</summary>
    public double Around(double value, string unit) =>
        unit == "%" && PercentagePoints is { } points ? points : Math.Abs(value) * Relative;
}
