namespace Pipeline.Storage;

/// <summary>A language model's second opinion on a dispute, as stored with it. It annotates the item; it never decides it.</summary>
/// <param name="Cause">One of <see cref="Llm.VerdictCauses.Words"/>.</param>
/// <param name="Confidence">0 to 1.</param>
public sealed record DisputeVerdict(bool SameFact, bool Disagree, string Cause, string Explanation, double Confidence, string Model, DateTimeOffset At);
