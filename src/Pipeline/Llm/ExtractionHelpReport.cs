namespace Pipeline.Llm;

/// <summary>What one extraction-help run did.</summary>
/// <param name="Sentences">Sentences with a value and a lexicon entity that the rules read no claim from, when the run began.</param>
/// <param name="Asked">Sentences the model was asked about (each once, however many attempts).</param>
/// <param name="Cached">Sentences answered from the answer cache: nothing sent, nothing counted against the budget.</param>
/// <param name="Stored">Claims from the model that passed every check, stored marked as the model's.</param>
/// <param name="Discarded">Proposed claims refused (outside the catalogue, a value not read in the sentence, …).</param>
/// <param name="Invalid">Answers that were not a JSON object with a claims array: discarded whole.</param>
/// <param name="Failed">Sentences whose requests all failed (timeouts, HTTP errors).</param>
/// <param name="NotAsked">Sentences left for the next run because the run stopped early (see <paramref name="Stopped"/>).</param>
/// <param name="Requests">HTTP requests sent, retries included.</param>
/// <param name="Tokens">Tokens used, as the responses reported them.</param>
/// <param name="Stopped">Why the run stopped early, in words; null when it did not.</param>
/// <param name="Problems">One line per refused claim, invalid answer or failure, for the user.</param>
public sealed record ExtractionHelpReport(
    int Sentences, int Asked, int Cached, int Stored, int Discarded, int Invalid, int Failed, int NotAsked,
    int Requests, long Tokens, string? Stopped, IReadOnlyList<string> Problems);
