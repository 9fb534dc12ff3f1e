using System.Net;
using System.Text;
using System.Text.Json;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Llm;

/// <summary>
/// An OpenAI chat-completions endpoint on 127.0.0.1 with scripted answers: the <c>n</c>th request
/// (0-based) gets <c>script(n, request)</c>, a status and the assistant's content; status 0 hangs
/// (no answer for <see cref="Hang"/>) so the client times out; a 429 carries <c>Retry-After</c> when one
/// is given. Records every request, with when it came.
/// </summary>
internal sealed class ChatCompletionsServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, Request, (int Status, string Content)> _script;
    private readonly List<Request> _requests = [];
    private readonly Task _loop;
    private readonly string? _retryAfter;

    public sealed record Request(string Path, string? Authorization, string Body, DateTimeOffset At)
    {
        /// <summary>The messages' contents, as the client sent them (JSON escapes undone).</summary>
        public string Text => string.Join("\n", JsonDocument.Parse(Body).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("content").GetString()));
    }

    public ChatCompletionsServer(Func<int, Request, (int Status, string Content)> script, string? retryAfter = null)
    {
        _script = script;
        _retryAfter = retryAfter;
        var port = LoopbackListener.FreePort();
        Endpoint = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public static TimeSpan Hang { get; } = TimeSpan.FromSeconds(4);

    public string Endpoint { get; }

    public IReadOnlyList<Request> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>A valid verdict, as a model would write it.</summary>
    public static string Verdict(string cause = "different-scope", double confidence = 0.8) =>
        $$"""{"sameFact": false, "disagree": false, "cause": "{{cause}}", "explanation": "One figure is for mining, the other for refining.", "confidence": {{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""";

    private Task ServeAsync() => LoopbackListener.ServeAsync(_listener, AnswerAsync);

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new Request(context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], await reader.ReadToEndAsync(), DateTimeOffset.UtcNow);
            int index;
            lock (_requests)
            {
                index = _requests.Count;
                _requests.Add(request);
            }
            var (status, content) = _script(index, request);
            if (status == 0)
            {
                await Task.Delay(Hang);
                context.Response.Abort();
                return;
            }
            var body = status == 200
                ? JsonSerializer.Serialize(new
                {
                    id = $"chatcmpl-{index}",
                    @object = "chat.completion",
                    created = 1_764_000_000,
                    model = "scripted",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
                })
                : JsonSerializer.Serialize(new { error = new { message = content, type = "server_error" } });
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            if (status == 429 && _retryAfter is not null)
            {
                context.Response.Headers["Retry-After"] = _retryAfter;
            }
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (HttpListenerException)
        {
            // The client went away (it timed out): nothing to answer.
        }
    }

    public void Dispose()
    {
        // Close alone: after Stop has let the port go, Close binds it again to remove the prefix,
        // and fails if another test's listener took the port meanwhile.
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
