namespace Pipeline.Llm;

/// <summary>What one question got: the reply, or why there is none (<paramref name="EndpointDown"/>: every attempt failed for a retryable reason).</summary>
public sealed record ChatAnswer(string? Reply, int Requests, long Tokens, string? Failure, bool EndpointDown);
