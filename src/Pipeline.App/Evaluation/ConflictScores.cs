namespace Pipeline.App.Evaluation;

/// <summary>The review items the cross-check flagged, against the annotated pairs.</summary>
/// <param name="ConflictPairs">Annotated conflict pairs.</param>
/// <param name="Covered">Conflict pairs some flagged item covers (one side the one claim, the other side's value group the other).</param>
/// <param name="TrapsFlagged">Trap pairs some flagged item covers: each a false alarm.</param>
/// <param name="AgreeFlagged">Agree pairs some flagged item covers: each a false alarm.</param>
/// <param name="Flagged">Open review items.</param>
/// <param name="Correct">Items with both sides annotated that cover a conflict pair or whose claims conflict by the claims table.</param>
public sealed record ConflictScores(
    int ConflictPairs,
    int Covered,
    int TrapsFlagged,
    int AgreeFlagged,
    int Flagged,
    int AnnotatedBothSides,
    int AnnotatedOneSide,
    int AnnotatedNone,
    int Correct)
{
    /// <summary>Facts the cross-check found in dispute.</summary>
    public int Disputes { get; init; }

    /// <summary>Distinct disputed facts in the annotated pairs: conflict pairs joined by a shared claim are one fact.</summary>
    public int AnnotatedDisputes { get; init; }

    /// <summary>Review items per annotated disputed fact: how often one dispute comes back as several items.</summary>
    public double ItemsPerDispute => Ratio.Of(Flagged, AnnotatedDisputes);

    public double Recall => Ratio.Of(Covered, ConflictPairs);

    /// <summary>Over the items whose two sides both map to annotated claims.</summary>
    public double Precision => Ratio.Of(Correct, AnnotatedBothSides);
}
