namespace Pipeline.Storage;

/// <summary>Why a dispute is not one: the short list an analyst picks from.</summary>
public enum DismissReason
{
    DifferentScope,
    DifferentPeriod,

    /// <summary>Pipeline misread a figure: the dissenting claims are kept out of later disputes.</summary>
    ExtractionError,

    NotARealFigure,
    Other,
}

public static class DismissReasons
{
    /// <summary>The words the CLI and the web take: different-scope, different-period, extraction-error, not-a-real-figure, other.</summary>
    public static string Word(DismissReason reason) => reason switch
    {
        DismissReason.DifferentScope => "different-scope",
        DismissReason.DifferentPeriod => "different-period",
        DismissReason.ExtractionError => "extraction-error",
        DismissReason.NotARealFigure => "not-a-real-figure",
        _ => "other",
    };

    public static IReadOnlyList<string> Words { get; } = [.. Enum.GetValues<DismissReason>().Select(Word)];

    public static DismissReason? Parse(string? word) =>
        Enum.GetValues<DismissReason>().Select(r => (DismissReason?)r).FirstOrDefault(r => Word(r!.Value) == word?.Trim().ToLowerInvariant());
}
