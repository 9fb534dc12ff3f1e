using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>The cache key of one question: the same prompt to the same model is the same question.</summary>
public static class PromptKey
{
    public static string Of(string model, string system, string user) =>
        // The separators keep "ab" + "c" apart from "a" + "bc".
        ContentHash.Of($"{model}\u0000{system}\u0000{user}");
}
