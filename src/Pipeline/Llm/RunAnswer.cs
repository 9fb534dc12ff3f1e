namespace Pipeline.Llm;

/// <summary>What one question of a <see cref="ModelRun"/> got: a reply (cached or fresh), or why there is none.</summary>
/// <param name="Key">The question's cache key.</param>
/// <param name="Cost">Tokens the fresh reply cost; 0 from the cache.</param>
/// <param name="BudgetStop">Why nothing was asked: the run's budget is spent.</param>
/// <param name="Failure">Why the model gave no reply.</param>
/// <param name="EndpointDown">Why the run should ask no further, when every attempt failed for a reason the next question would meet too.</param>
public sealed record RunAnswer(string Key, string? Reply, bool FromCache, long Cost, string? BudgetStop, string? Failure, string? EndpointDown);
