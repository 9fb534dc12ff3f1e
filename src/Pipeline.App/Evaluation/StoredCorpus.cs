using Pipeline.Ingestion;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>What Pipeline made of an annotated folder: its stored documents, claims and open review items.</summary>
public sealed record StoredCorpus(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<ReviewEntry> OpenItems,
    IReadOnlyList<IngestFailure> Failures)
{
    /// <summary>The facts the cross-check found in dispute (several value groups that contradict each other).</summary>
    public int Disputes { get; init; }
}
