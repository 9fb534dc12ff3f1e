using System.Text.Json;

namespace Pipeline.Llm;

/// <summary>A model's answer to an adjudication prompt, validated against its schema: all five fields, of their types and ranges, and nothing else.</summary>
public sealed record VerdictAnswer(bool SameFact, bool Disagree, string Cause, string Explanation, double Confidence)
{
    private static readonly string[] Fields = ["sameFact", "disagree", "cause", "explanation", "confidence"];

    /// <summary>The answer, or null with why it is invalid. A Markdown code fence around the JSON is taken off; nothing else is repaired.</summary>
    public static VerdictAnswer? Parse(string? text, out string? error)
    {
        error = null;
        var json = FencedJson.Unfence(text ?? "");
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            error = $"not JSON: {e.Message}";
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "not a JSON object";
            return null;
        }
        var names = root.EnumerateObject().Select(p => p.Name).ToList();
        if (names.Except(Fields, StringComparer.Ordinal).FirstOrDefault() is { } extra)
        {
            error = $"unexpected field '{extra}'";
            return null;
        }
        if (Fields.Except(names, StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            error = $"missing field '{missing}'";
            return null;
        }
        var sameFact = root.GetProperty("sameFact");
        var disagree = root.GetProperty("disagree");
        var cause = root.GetProperty("cause");
        var explanation = root.GetProperty("explanation");
        var confidence = root.GetProperty("confidence");
        if (sameFact.ValueKind is not (JsonValueKind.True or JsonValueKind.False) || disagree.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            error = "sameFact and disagree must be true or false";
            return null;
        }
        if (cause.ValueKind != JsonValueKind.String || !VerdictCauses.Words.Contains(cause.GetString()!, StringComparer.Ordinal))
        {
            error = $"cause must be one of {string.Join(", ", VerdictCauses.Words)}";
            return null;
        }
        if (explanation.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(explanation.GetString()))
        {
            error = "explanation must be a non-empty string";
            return null;
        }
        if (confidence.ValueKind != JsonValueKind.Number || !confidence.TryGetDouble(out var value) || value is < 0 or > 1 || double.IsNaN(value))
        {
            error = "confidence must be a number from 0 to 1";
            return null;
        }
        return new VerdictAnswer(sameFact.GetBoolean(), disagree.GetBoolean(), cause.GetString()!, explanation.GetString()!.Trim(), value);
    }
}
