using System.Globalization;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>
/// Asks the configured model for a second opinion on each open dispute without one, within the run's
/// budget, and stores each valid answer as the dispute's verdict. An invalid answer is discarded and
/// counted, never guessed at; a failed request is retried on timeouts, 429 and 5xx, then counted.
/// </summary>
public sealed class AdjudicationService(Func<PipelineDbContext> openDatabase, IChatCompletionService chat, LlmOptions options)
{
    /// <summary>Room for the answer: five short fields.</summary>
    private const int AnswerTokens = 400;

    /// <summary>The chat client for <paramref name="options"/>: Semantic Kernel's OpenAI connector pointed at the configured endpoint.</summary>
    public static IChatCompletionService CreateChat(LlmOptions options, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoint is null)
        {
            throw new InvalidOperationException("no endpoint configured");
        }
#pragma warning disable SKEXP0010 // the custom-endpoint constructor is what reaches Ollama, llama.cpp, vLLM: marked experimental in 1.82.0
        return new OpenAIChatCompletionService(options.Model, options.Endpoint, options.ReadApiKey(), httpClient: http);
#pragma warning restore SKEXP0010
    }

    private readonly ChatAsker _asker = new(chat, options);

    /// <summary>The model asked, by its configured name.</summary>
    public string Model => options.Model;

    public async Task<AdjudicationReport> RunAsync(int? limit = null, CancellationToken ct = default)
    {
        IReadOnlyList<DisputeEntry> waiting;
        await using (var db = openDatabase())
        {
            waiting = await new DisputeStore(db).ListAwaitingVerdictAsync(ct);
        }
        var queue = limit is { } n ? waiting.Take(n).ToList() : [.. waiting];
        int stored = 0, invalid = 0;
        var run = new ModelRun(openDatabase, _asker, options);
        var problems = new List<string>();
        var invariant = CultureInfo.InvariantCulture;
        AdjudicationReport Report(int notAsked, string? stopped) =>
            new(waiting.Count, run.Asked, run.Cached, stored, invalid, run.Failed, notAsked, run.Requests, run.Tokens, stopped, problems);
        for (var i = 0; i < queue.Count; i++)
        {
            var entry = queue[i];
            var answer = await run.AnswerAsync(AdjudicationPrompt.System, AdjudicationPrompt.User(entry), AnswerTokens, ct);
            if (answer.BudgetStop is { } budgetStop)
            {
                return Report(queue.Count - i, budgetStop);
            }
            if (answer.Reply is not { } reply)
            {
                problems.Add(string.Create(invariant, $"dispute {entry.Item.Id}: no answer: {answer.Failure}"));
                if (answer.EndpointDown is { } down)
                {
                    return Report(queue.Count - i - 1, down); // the next dispute would meet the same failure
                }
                continue;
            }
            if (VerdictAnswer.Parse(reply, out var error) is not { } parsed)
            {
                invalid++;
                problems.Add(string.Create(invariant, $"dispute {entry.Item.Id}: invalid answer, discarded: {error}"));
                continue;
            }
            var verdict = new DisputeVerdict(parsed.SameFact, parsed.Disagree, parsed.Cause, parsed.Explanation, parsed.Confidence,
                options.Model, Clock.UtcNowInMicroseconds());
            await using (var db = openDatabase())
            {
                await run.KeepAsync(db, answer, verdict.At, ct);
                if (await new DisputeStore(db).SaveVerdictAsync(entry.Item.Id, verdict, ct))
                {
                    stored++;
                }
            }
        }
        return Report(0, null);
    }
}
