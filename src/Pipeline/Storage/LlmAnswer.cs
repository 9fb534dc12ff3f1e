namespace Pipeline.Storage;

/// <summary>
/// A model's valid answer to one prompt, kept by a hash of the prompt and the model's name so that a
/// re-run (a verdict cleared by new figures and restored, a dispute that comes back) asks nothing twice.
/// </summary>
public sealed class LlmAnswer
{
    /// <summary>Lower-case hex SHA-256 of the model's name and the prompt (see <see cref="Llm.PromptKey"/>).</summary>
    public required string Key { get; set; }

    public required string Model { get; set; }

    /// <summary>The answer as the model wrote it.</summary>
    public required string Content { get; set; }

    /// <summary>What the answer cost when it was asked: not counted again when it is reused.</summary>
    public long Tokens { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
