using System.ClientModel;
using System.Globalization;
using Microsoft.SemanticKernel;

namespace Pipeline.Llm;

/// <summary>How long a server that said 429 (or 503) asked us to wait, from its <c>Retry-After</c> header, within bounds.</summary>
public static class RetryAfter
{
    /// <summary>A server asking for longer would hold the whole run: past this the retry goes sooner and the budget decides.</summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait the response asked for, at most <see cref="Longest"/>; null when it asked none (or the connector hid the response).</summary>
    public static TimeSpan? From(HttpOperationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        // Semantic Kernel wraps the OpenAI client's error, which keeps the raw response and its headers.
        if (error.InnerException is not ClientResultException { } inner || inner.GetRawResponse() is not { } response
            || !response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }
        return Parse(value, DateTimeOffset.UtcNow);
    }

    /// <summary>Seconds ("2") or an HTTP date, as RFC 9110 allows; anything else is no request.</summary>
    public static TimeSpan? Parse(string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        TimeSpan wait;
        if (double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            wait = TimeSpan.FromSeconds(seconds);
        }
        else if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            wait = at > now ? at - now : TimeSpan.Zero;
        }
        else
        {
            return null;
        }
        return wait > Longest ? Longest : wait;
    }
}
