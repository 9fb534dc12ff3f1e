namespace Pipeline.App.Evaluation;

/// <summary>Claim extraction in one script (or all): Pipeline's claims against the annotated ones.</summary>
/// <param name="Predicted">Pipeline's claims in annotated documents.</param>
/// <param name="Correct">Those that state an annotated claim (or repeat one in the same document).</param>
/// <param name="Annotated">Annotated claims.</param>
/// <param name="Found">Annotated claims some Pipeline claim states, at the quote.</param>
public sealed record ClaimScore(string Script, int Predicted, int Correct, int Annotated, int Found)
{
    public double Precision => Ratio.Of(Correct, Predicted);

    public double Recall => Ratio.Of(Found, Annotated);
}
