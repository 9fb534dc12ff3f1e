namespace Pipeline.App.Evaluation;

/// <summary>The disputes the cross-check put in the review queue, against the annotated pairs.</summary>
/// <param name="ConflictPairs">Annotated conflict pairs.</param>
/// <param name="Covered">Conflict pairs some dispute covers (the two claims in two of its value groups, one a dissent).</param>
/// <param name="TrapsFlagged">Trap pairs some flagged item covers: each a false alarm.</param>
/// <param name="AgreeFlagged">Agree pairs some flagged item covers: each a false alarm.</param>
/// <param name="Flagged">Open disputes: the review queue's items.</param>
/// <param name="Correct">Disputes with annotated claims in the best group and in a dissent that cover a conflict pair or whose claims conflict by the claims table.</param>
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
    /// <summary>Distinct disputed facts in the annotated pairs: conflict pairs joined by a shared claim are one fact.</summary>
    public int AnnotatedDisputes { get; init; }

    /// <summary>Review items per annotated disputed fact: how often one dispute comes back as several items.</summary>
    public double ItemsPerDispute => Ratio.Of(Flagged, AnnotatedDisputes);

    public double Recall => Ratio.Of(Covered, ConflictPairs);

    /// <summary>Over the items whose two sides both map to annotated claims.</summary>
    public double Precision => Ratio.Of(Correct, AnnotatedBothSides);
}
