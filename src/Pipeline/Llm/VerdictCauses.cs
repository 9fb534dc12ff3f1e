namespace Pipeline.Llm;

/// <summary>The causes a model may give for a dispute, as words; any other answer is invalid.</summary>
public static class VerdictCauses
{
    public const string DifferentScope = "different-scope";

    public static IReadOnlyList<string> Words { get; } =
        ["same-fact-conflict", DifferentScope, "different-period", "different-measure", "extraction-error", "unit-confusion"];
}
