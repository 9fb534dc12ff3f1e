using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace Pipeline.Llm;

/// <summary>
/// One question to the configured model, with retries on timeouts, 429 (after Retry-After) and 5xx:
/// what adjudication and extraction help both ask through, so both keep the same limits.
/// </summary>
public sealed class ChatAsker(IChatCompletionService chat, LlmOptions options)
{
    /// <summary>One question, never more than <paramref name="requestsLeft"/> requests; the answer at most <paramref name="answerTokens"/> long.</summary>
    public async Task<ChatAnswer> AskAsync(string system, string user, int answerTokens, int requestsLeft, CancellationToken ct)
    {
        var history = new ChatHistory(system);
        history.AddUserMessage(user);
        var settings = new OpenAIPromptExecutionSettings { MaxTokens = answerTokens, Temperature = 0, ResponseFormat = "json_object" };
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
                return new ChatAnswer(null, attempt + 1, 0, Redact(e.StatusCode is { } status ? $"HTTP {(int)status}: {e.Message}" : e.Message), false);
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
        return new ChatAnswer(null, attempts, 0, Redact(failure) ?? "request budget spent", gaveUp);
    }

    /// <summary>Why a run with <paramref name="requests"/> and <paramref name="tokens"/> spent must ask nothing more, or null while it may.</summary>
    public string? BudgetStop(int requests, long tokens) =>
        requests >= options.MaxRequestsPerRun
            ? string.Create(CultureInfo.InvariantCulture, $"request budget spent ({options.MaxRequestsPerRun} per run)")
            : tokens >= options.MaxTokensPerRun ? string.Create(CultureInfo.InvariantCulture, $"token budget spent ({tokens} of {options.MaxTokensPerRun} per run)") : null;

    /// <summary>An error body may echo the key (some servers quote it back on a 401): it is never shown.</summary>
    private string? Redact(string? text) =>
        text is not null && options.ReadApiKey() is { } key ? text.Replace(key, "[api key]", StringComparison.Ordinal) : text;

    private static bool Retryable(HttpStatusCode? status) => status is null || status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
