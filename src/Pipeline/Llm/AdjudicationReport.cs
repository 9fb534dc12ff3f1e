namespace Pipeline.Llm;

/// <summary>What one adjudication run did.</summary>
/// <param name="Waiting">Open disputes without a verdict when the run began.</param>
/// <param name="Asked">Disputes the model was asked about (each once, however many attempts).</param>
/// <param name="Stored">Valid answers, stored as verdicts.</param>
/// <param name="Invalid">Answers that were not valid JSON of the schema: discarded, the dispute left without a verdict.</param>
/// <param name="Failed">Disputes whose requests all failed (timeouts, HTTP errors): left without a verdict.</param>
/// <param name="SkippedForBudget">Disputes not asked because the run's request or token budget was spent.</param>
/// <param name="Requests">HTTP requests sent, retries included.</param>
/// <param name="Tokens">Tokens used, as the responses reported them.</param>
/// <param name="BudgetStop">Why the run stopped early, in words; null when it did not.</param>
/// <param name="Problems">One line per invalid answer or failure, for the user.</param>
public sealed record AdjudicationReport(
    int Waiting, int Asked, int Stored, int Invalid, int Failed, int SkippedForBudget,
    int Requests, long Tokens, string? BudgetStop, IReadOnlyList<string> Problems);
