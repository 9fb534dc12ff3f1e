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

    public async Task<AdjudicationReport> RunAsync(int? limit = null, CancellationToken ct = default)
    {
        IReadOnlyList<DisputeEntry> waiting;
        await using (var db = openDatabase())
        {
            waiting = await new DisputeStore(db).ListAwaitingVerdictAsync(ct);
        }
        var queue = limit is { } n ? waiting.Take(n).ToList() : [.. waiting];
        int asked = 0, stored = 0, invalid = 0, failed = 0, requests = 0;
        long tokens = 0;
        string? budgetStop = null;
        var problems = new List<string>();
        var invariant = CultureInfo.InvariantCulture;
        for (var i = 0; i < queue.Count; i++)
        {
            budgetStop = requests >= options.MaxRequestsPerRun
                ? string.Create(invariant, $"request budget spent ({options.MaxRequestsPerRun} per run)")
                : tokens >= options.MaxTokensPerRun ? string.Create(invariant, $"token budget spent ({tokens} of {options.MaxTokensPerRun} per run)") : null;
            if (budgetStop is not null)
            {
                return new AdjudicationReport(waiting.Count, asked, stored, invalid, failed, queue.Count - i, requests, tokens, budgetStop, problems);
            }
            var entry = queue[i];
            asked++;
            var (reply, sent, used, failure) = await AskAsync(entry, options.MaxRequestsPerRun - requests, ct);
            (requests, tokens) = (requests + sent, tokens + used);
            if (reply is null)
            {
                failed++;
                problems.Add(string.Create(invariant, $"dispute {entry.Item.Id}: no answer: {Redact(failure)}"));
                continue;
            }
            if (VerdictAnswer.Parse(reply, out var error) is not { } answer)
            {
                invalid++;
                problems.Add(string.Create(invariant, $"dispute {entry.Item.Id}: invalid answer, discarded: {error}"));
                continue;
            }
            var verdict = new DisputeVerdict(answer.SameFact, answer.Disagree, answer.Cause, answer.Explanation, answer.Confidence,
                options.Model, Clock.UtcNowInMicroseconds());
            await using var db = openDatabase();
            if (await new DisputeStore(db).SaveVerdictAsync(entry.Item.Id, verdict, ct))
            {
                stored++;
            }
        }
        return new AdjudicationReport(waiting.Count, asked, stored, invalid, failed, 0, requests, tokens, null, problems);
    }

    /// <summary>One dispute's question, with retries on timeouts, 429 and 5xx, never more than <paramref name="requestsLeft"/> requests.</summary>
    private async Task<(string? Reply, int Requests, long Tokens, string? Failure)> AskAsync(DisputeEntry entry, int requestsLeft, CancellationToken ct)
    {
        var history = new ChatHistory(AdjudicationPrompt.System);
        history.AddUserMessage(AdjudicationPrompt.User(entry));
        var settings = new OpenAIPromptExecutionSettings { MaxTokens = AnswerTokens, Temperature = 0, ResponseFormat = "json_object" };
        var attempts = Math.Min(options.Retries + 1, requestsLeft);
        string? failure = null;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * (1 << Math.Min(attempt - 1, 5))), ct);
            }
            try
            {
                var reply = await chat.GetChatMessageContentAsync(history, settings, cancellationToken: ct);
                var used = reply.Metadata?.TryGetValue("Usage", out var usage) == true && usage is ChatTokenUsage counted ? counted.TotalTokenCount : 0;
                return (reply.Content ?? "", attempt + 1, used, null);
            }
            catch (HttpOperationException e) when (Retryable(e.StatusCode))
            {
                failure = $"HTTP {(int?)e.StatusCode}";
            }
            catch (HttpOperationException e)
            {
                return (null, attempt + 1, 0, e.StatusCode is { } status ? $"HTTP {(int)status}: {e.Message}" : e.Message);
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
        return (null, attempts, 0, failure ?? "request budget spent");
    }

    /// <summary>An error body may echo the key (some servers quote it back on a 401): it is never shown.</summary>
    private string? Redact(string? text) =>
        text is not null && options.ReadApiKey() is { } key ? text.Replace(key, "[api key]", StringComparison.Ordinal) : text;

    private static bool Retryable(HttpStatusCode? status) => status is null || status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
