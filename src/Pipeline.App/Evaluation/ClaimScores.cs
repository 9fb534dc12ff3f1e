namespace Pipeline.App.Evaluation;

/// <summary>Claim extraction overall, per script, and within Pipeline's catalogue of attributes.</summary>
/// <param name="CatalogueAnnotated">Annotated claims whose measure has a Pipeline attribute.</param>
/// <param name="OutsideAnnotation">Claims not scored: inside an annotated quote, of a period its annotation does not give.</param>
/// <param name="QuotesNotFound">Annotated quotes that occur in the file but not in the stored text (counted as missed).</param>
/// <param name="ArticlesNotStored">Annotated claims whose article ingestion did not store (counted as missed).</param>
public sealed record ClaimScores(
    ClaimScore All,
    IReadOnlyList<ClaimScore> ByScript,
    int CatalogueAnnotated,
    int CatalogueFound,
    int OutsideAnnotation,
    int QuotesNotFound,
    int ArticlesNotStored)
{
    public double CatalogueRecall => Ratio.Of(CatalogueFound, CatalogueAnnotated);
}
