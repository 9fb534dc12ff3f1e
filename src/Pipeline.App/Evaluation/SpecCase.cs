namespace Pipeline.App.Evaluation;

/// <summary>One Recognizers-Text test case: the input, the expected results, and the platforms its flags exclude.</summary>
public sealed record SpecCase(string Input, IReadOnlyList<SpecResult> Results, string? NotSupported);

/// <summary>One expected result: its text, its value as written in the spec, and its unit name and ISO code.</summary>
public sealed record SpecResult(string Text, string? Value, string? Unit, string? IsoCurrency)
{
    public override string ToString() => $"'{Text}' = {Value ?? "(no value)"} {IsoCurrency ?? Unit}".TrimEnd();
}
