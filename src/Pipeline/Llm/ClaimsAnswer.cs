using System.Text.Json;

namespace Pipeline.Llm;

/// <summary>A model's answer to an extraction prompt, as far as its shape: one object with a "claims" array of objects. Each claim is checked by <see cref="ModelClaimReader"/>.</summary>
public static class ClaimsAnswer
{
    /// <summary>The proposed claims, or null with why the answer as a whole is invalid.</summary>
    public static IReadOnlyList<JsonElement>? Parse(string? text, out string? error)
    {
        error = null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(FencedJson.Unfence(text ?? ""));
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            error = $"not JSON: {e.Message}";
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
        {
            error = "not an object with a \"claims\" array";
            return null;
        }
        if (root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "claims") is { } extra)
        {
            error = $"unexpected field '{extra}'";
            return null;
        }
        return [.. claims.EnumerateArray()];
    }
}
