using Pipeline.Llm;

namespace Pipeline.App.Output;

/// <summary>The orders of the review queue, as `review list --sort`, the page and GET /api/review?sort= name them.</summary>
public static class ReviewSorts
{
    /// <summary>The default: most severe first, then the most sources.</summary>
    public const string Severity = "severity";

    public static IReadOnlyList<string> Words { get; } = [Severity, VerdictOrder.SortWord];
}
