namespace Pipeline.App.Evaluation;

/// <summary>A share for a report: 0 when there is nothing to divide by, rounded to 4 places.</summary>
public static class Ratio
{
    public static double Of(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
