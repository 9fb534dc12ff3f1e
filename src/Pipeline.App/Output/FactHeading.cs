namespace Pipeline.App.Output;

/// <summary>
/// The fact a dispute is about, as one line: "China · mining-share · heavy · target · 2024". An actual
/// figure says no modality; a fact only present-tense claims state is "present".
/// </summary>
public static class FactHeading
{
    public static string Of(string subject, string measure, string? scope, string modality, string period) =>
        string.Join(" · ", new[] { subject, measure, scope, modality == "actual" ? null : modality, period.Length == 0 ? "present" : period }.OfType<string>());
}
