namespace Pipeline.Llm;

/// <summary>Models often wrap JSON in a Markdown code fence: the fence is taken off, nothing else is repaired.</summary>
public static class FencedJson
{
    public static string Unfence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }
        var body = trimmed[3..^3];
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? body : body[(newline + 1)..]; // the fence's language word ("json") goes with its line
    }
}
