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
        int asked = 0, cached = 0, stored = 0, invalid = 0, failed = 0, requests = 0;
        long tokens = 0;
        var problems = new List<string>();
        var invariant = CultureInfo.InvariantCulture;
        for (var i = 0; i < queue.Count; i++)
        {
            var entry = queue[i];
            var user = AdjudicationPrompt.User(entry);
            var key = PromptKey.Of(options.Model, AdjudicationPrompt.System, user);
            string? reply;
            await using (var db = openDatabase())
            {
                reply = await new LlmAnswerStore(db).FindAsync(key, ct);
            }
            var fromCache = reply is not null;
            long cost = 0;
            if (reply is not null)
            {
                cached++;
            }
            else
            {
                if (_asker.BudgetStop(requests, tokens) is { } budgetStop)
                {
                    return new AdjudicationReport(waiting.Count, asked, cached, stored, invalid, failed, queue.Count - i, requests, tokens, budgetStop, problems);
                }
                asked++;
                var answer = await _asker.AskAsync(AdjudicationPrompt.System, user, AnswerTokens, options.MaxRequestsPerRun - requests, ct);
                (requests, tokens, reply, cost) = (requests + answer.Requests, tokens + answer.Tokens, answer.Reply, answer.Tokens);
                if (reply is null)
                {
                    failed++;
                    var failure = answer.Failure;
                    problems.Add(string.Create(invariant, $"dispute {entry.Item.Id}: no answer: {failure}"));
                    if (answer.EndpointDown)
                    {
                        // Every attempt failed for a reason the next dispute would meet too: ask no further.
                        var stop = $"{AdjudicationReport.EndpointDownPrefix} ({failure})";
                        return new AdjudicationReport(waiting.Count, asked, cached, stored, invalid, failed, queue.Count - i - 1, requests, tokens, stop, problems);
                    }
                    continue;
                }
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
                if (!fromCache)
                {
                    // Only valid answers are kept: an invalid one may be a slip the next run does not repeat.
                    await new LlmAnswerStore(db).SaveAsync(new LlmAnswer { Key = key, Model = options.Model, Content = reply, Tokens = cost, CreatedAt = verdict.At }, ct);
                }
                if (await new DisputeStore(db).SaveVerdictAsync(entry.Item.Id, verdict, ct))
                {
                    stored++;
                }
            }
        }
        return new AdjudicationReport(waiting.Count, asked, cached, stored, invalid, failed, 0, requests, tokens, null, problems);
    }
}
