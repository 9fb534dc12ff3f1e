using Pipeline.Ingestion;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>What Pipeline made of an annotated folder: its stored documents, claims and open disputes (the review queue).</summary>
public sealed record StoredCorpus(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<DisputeEntry> OpenDisputes,
    IReadOnlyList<IngestFailure> Failures);
