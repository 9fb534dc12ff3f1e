namespace Pipeline.Storage;

/// <summary>The words the CLI, the API and the page use for a dispute's status and for a decision.</summary>
public static class DisputeStatuses
{
    /// <summary>open, confirmed, dismissed, corrected.</summary>
    public static string Word(DisputeStatus status) => status.ToString().ToLowerInvariant();

    public static IReadOnlyList<string> Words { get; } = [.. Enum.GetValues<DisputeStatus>().Select(Word)];

    /// <summary>A status word to its status; anything else to none (all).</summary>
    public static DisputeStatus? Parse(string? word) =>
        Enum.GetValues<DisputeStatus>().Select(s => (DisputeStatus?)s).FirstOrDefault(s => Word(s!.Value) == word?.Trim().ToLowerInvariant());

    /// <summary>Why a status filter names no status ("bogus"), or null when it names one or none (all).</summary>
    public static string? Unknown(string? word) => string.IsNullOrWhiteSpace(word) || Parse(word) is not null
        ? null
        : $"status: unknown '{word.Trim()}'; one of {string.Join(", ", Words)}, or none for all";

    /// <summary>"confirm", "dismiss" or "correct" to the status it decides; anything else to none.</summary>
    public static DisputeStatus? ParseDecision(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "confirm" => DisputeStatus.Confirmed,
        "dismiss" => DisputeStatus.Dismissed,
        "correct" => DisputeStatus.Corrected,
        _ => null,
    };
}
