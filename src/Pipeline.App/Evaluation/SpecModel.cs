namespace Pipeline.App.Evaluation;

/// <summary>Which Recognizers-Text model a spec file tests, and so which mentions of Pipeline answer it.</summary>
public enum SpecModel
{
    Currency,
    Dimension,
    Percent,
}
