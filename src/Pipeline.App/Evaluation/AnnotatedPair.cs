namespace Pipeline.App.Evaluation;

/// <summary>One row of pairs.tsv: two annotated claims that agree, conflict, or only look comparable (a trap).</summary>
public sealed record AnnotatedPair(string Id, string Kind, string ClaimA, string ClaimB)
{
    public const string Agree = "agree";
    public const string Conflict = "conflict";
    public const string Trap = "trap";

    public static IReadOnlySet<string> Kinds { get; } = new HashSet<string>([Agree, Conflict, Trap], StringComparer.Ordinal);
}
