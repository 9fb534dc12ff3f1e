namespace Pipeline.Extraction.Values;

/// <summary>What a unit word measures, and so which kind of mention it makes.</summary>
public enum UnitCategory
{
    Currency,
    Mass,
    Length,
    Percent,
    Duration,
    Classifier,
}
