using Pipeline.Ingestion;
using Pipeline.Llm;
using Pipeline.Sources;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>What Pipeline made of an annotated folder: its stored documents, claims and open disputes (the review queue, with the model's verdicts when it was asked).</summary>
public sealed record StoredCorpus(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<DisputeEntry> OpenDisputes,
    IReadOnlyList<IngestFailure> Failures)
{
    /// <summary>The adjudication run over the open disputes, and the model's name; null when the model was not asked.</summary>
    public (string Model, AdjudicationReport Report)? Adjudication { get; init; }
}
