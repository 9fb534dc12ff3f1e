namespace Pipeline.Llm;

/// <summary>What one adjudication run did.</summary>
/// <param name="Waiting">Open disputes without a verdict when the run began.</param>
/// <param name="Asked">Disputes the model was asked about (each once, however many attempts).</param>
/// <param name="Cached">Disputes answered from the answer cache: nothing sent, nothing counted against the budget.</param>
/// <param name="Stored">Valid answers, stored as verdicts.</param>
/// <param name="Invalid">Answers that were not valid JSON of the schema: discarded, the dispute left without a verdict.</param>
/// <param name="Failed">Disputes whose requests all failed (timeouts, HTTP errors): left without a verdict.</param>
/// <param name="NotAsked">Disputes left for the next run because the run stopped early (see <paramref name="Stopped"/>).</param>
/// <param name="Requests">HTTP requests sent, retries included.</param>
/// <param name="Tokens">Tokens used, as the responses reported them.</param>
/// <param name="Stopped">Why the run stopped early, in words (the budget spent, the endpoint down); null when it did not.</param>
/// <param name="Problems">One line per invalid answer or failure, for the user.</param>
public sealed record AdjudicationReport(
    int Waiting, int Asked, int Cached, int Stored, int Invalid, int Failed, int NotAsked,
    int Requests, long Tokens, string? Stopped, IReadOnlyList<string> Problems)
{
    /// <summary>The endpoint did not answer: the run ended without asking about the rest.</summary>
    public bool EndpointDown => Stopped?.StartsWith(EndpointDownPrefix, StringComparison.Ordinal) == true;

    public const string EndpointDownPrefix = "endpoint down";
}
