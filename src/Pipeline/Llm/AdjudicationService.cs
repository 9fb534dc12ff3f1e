using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;
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
                var budgetStop = requests >= options.MaxRequestsPerRun
                    ? string.Create(invariant, $"request budget spent ({options.MaxRequestsPerRun} per run)")
                    : tokens >= options.MaxTokensPerRun ? string.Create(invariant, $"token budget spent ({tokens} of {options.MaxTokensPerRun} per run)") : null;
                if (budgetStop is not null)
                {
                    return new AdjudicationReport(waiting.Count, asked, cached, stored, invalid, failed, queue.Count - i, requests, tokens, budgetStop, problems);
                }
                asked++;
                var answer = await AskAsync(user, options.MaxRequestsPerRun - requests, ct);
                (requests, tokens, reply, cost) = (requests + answer.Requests, tokens + answer.Tokens, answer.Reply, answer.Tokens);
                if (reply is null)
                {
                    failed++;
                    var failure = Redact(answer.Failure);
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

    /// <summary>One question, with retries on timeouts, 429 and 5xx, never more than <paramref name="requestsLeft"/> requests.</summary>
    private async Task<ChatAnswer> AskAsync(string user, int requestsLeft, CancellationToken ct)
    {
        var history = new ChatHistory(AdjudicationPrompt.System);
        history.AddUserMessage(user);
        var settings = new OpenAIPromptExecutionSettings { MaxTokens = AnswerTokens, Temperature = 0, ResponseFormat = "json_object" };
        var attempts = Math.Min(options.Retries + 1, requestsLeft);
        string? failure = null;
        TimeSpan? serverAsked = null;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(serverAsked ?? TimeSpan.FromMilliseconds(250 * (1 << Math.Min(attempt - 1, 5))), ct);
            }
            try
            {
                var reply = await chat.GetChatMessageContentAsync(history, settings, cancellationToken: ct);
                var used = reply.Metadata?.TryGetValue("Usage", out var usage) == true && usage is ChatTokenUsage counted ? counted.TotalTokenCount : 0;
                return new ChatAnswer(reply.Content ?? "", attempt + 1, used, null, false);
            }
            catch (HttpOperationException e) when (Retryable(e.StatusCode))
            {
                failure = e.StatusCode is { } status ? $"HTTP {(int)status}" : $"endpoint unreachable: {e.Message}";
                serverAsked = RetryAfter.From(e);
            }
            catch (HttpOperationException e)
            {
                return new ChatAnswer(null, attempt + 1, 0, e.StatusCode is { } status ? $"HTTP {(int)status}: {e.Message}" : e.Message, false);
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = string.Create(CultureInfo.InvariantCulture, $"timed out after {options.TimeoutSeconds} s");
            }
            catch (HttpRequestException e)
            {
                failure = $"endpoint unreachable: {e.Message}";
            }
        }
        // Retries that ran out because the budget did, not because the endpoint kept failing, say nothing about the endpoint.
        var gaveUp = failure is not null && attempts == options.Retries + 1;
        return new ChatAnswer(null, attempts, 0, failure ?? "request budget spent", gaveUp);
    }

    /// <summary>An error body may echo the key (some servers quote it back on a 401): it is never shown.</summary>
    private string? Redact(string? text) =>
        text is not null && options.ReadApiKey() is { } key ? text.Replace(key, "[api key]", StringComparison.Ordinal) : text;

    /// <summary>What one question got: the reply, or why there is none (<paramref name="EndpointDown"/>: every attempt failed for a retryable reason).</summary>
    private sealed record ChatAnswer(string? Reply, int Requests, long Tokens, string? Failure, bool EndpointDown);

    private static bool Retryable(HttpStatusCode? status) => status is null || status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
