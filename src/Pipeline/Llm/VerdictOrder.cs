using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>
/// The queue in the order an analyst clears it with the model's help: the disputes the model says
/// are not one fact first (different scope, then period, measure, an extraction error), the most
/// confident first; then the ones it says are real; those without a verdict last. Ties keep their order.
/// </summary>
public static class VerdictOrder
{
    public const string SortWord = "cause";

    /// <summary>The causes in clearing order; a dispute without a verdict comes after all of them.</summary>
    public static IReadOnlyList<string> Causes { get; } =
        [VerdictCauses.DifferentScope, "different-period", "different-measure", "extraction-error", "unit-confusion", "same-fact-conflict"];

    public static IEnumerable<DisputeEntry> Apply(IEnumerable<DisputeEntry> entries) =>
        // OrderBy is stable: within a cause and a confidence the queue's own order stays.
        entries.OrderBy(e => Rank(e.Item.VerdictCause)).ThenByDescending(e => e.Item.VerdictConfidence ?? 0);

    private static readonly Dictionary<string, int> Ranks =
        Causes.Select((cause, rank) => (cause, rank)).ToDictionary(c => c.cause, c => c.rank, StringComparer.Ordinal);

    private static int Rank(string? cause) => cause is not null && Ranks.TryGetValue(cause, out var rank) ? rank : Causes.Count;
}
