using System.Collections.Concurrent;
using System.Net;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Sources.Feeds;

/// <summary>
/// An HTTP server on 127.0.0.1 and an ephemeral port, serving what a test puts on it: fixed
/// bodies (with or without a declared length), redirects, or an answer that comes too late.
/// Unknown paths are 404. Counts the requests per path.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly Task _loop;

    /// <param name="alsoAsLocalhost">Answer by the name localhost as well, so a test can reach it by name and by address.</param>
    public FeedServer(bool alsoAsLocalhost = false)
    {
        var port = LoopbackListener.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        if (alsoAsLocalhost)
        {
            _listener.Prefixes.Add($"http://localhost:{port}/");
        }
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path.TrimStart('/');

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/>, after <paramref name="delay"/> if given.</summary>
    public string Serve(string path, string contentType, byte[] body, TimeSpan delay = default)
    {
        _routes["/" + path.TrimStart('/')] = new Route(contentType, body, delay, DeclaresLength: true, RedirectTo: null);
        return Url(path);
    }

    /// <summary>Serves <paramref name="body"/> chunked, without a Content-Length, so only counting what arrives can tell its size.</summary>
    public string ServeUndeclared(string path, string contentType, byte[] body)
    {
        _routes["/" + path.TrimStart('/')] = new Route(contentType, body, TimeSpan.Zero, DeclaresLength: false, RedirectTo: null);
        return Url(path);
    }

    /// <summary>Answers <paramref name="path"/> with a 302 to <paramref name="location"/> (absolute or relative).</summary>
    public string Redirect(string path, string location)
    {
        _routes["/" + path.TrimStart('/')] = new Route("text/plain", [], TimeSpan.Zero, DeclaresLength: true, RedirectTo: location);
        return Url(path);
    }

    public int Hits(string url) => _hits.GetValueOrDefault(new Uri(url).AbsolutePath);

    /// <summary>
    /// The requests for <paramref name="url"/> once <paramref name="expected"/> have arrived, or
    /// what arrived within <paramref name="patience"/>. A client that gives up waiting does not
    /// wait for the server to have seen its request, so on a busy machine the count can lag.
    /// </summary>
    public async Task<int> HitsAsync(string url, int expected, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (Hits(url) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        return Hits(url);
    }

    private Task ServeAsync() => LoopbackListener.ServeAsync(_listener, AnswerAsync);

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            if (!_routes.TryGetValue(path, out var route))
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }
            if (route.Delay > TimeSpan.Zero)
            {
                await Task.Delay(route.Delay, _stop.Token);
            }
            if (route.RedirectTo is { } location)
            {
                response.StatusCode = 302;
                response.RedirectLocation = location;
                response.Close();
                return;
            }
            response.ContentType = route.ContentType;
            if (route.DeclaresLength)
            {
                response.ContentLength64 = route.Body.Length;
            }
            else
            {
                response.SendChunked = true;
            }
            await response.OutputStream.WriteAsync(route.Body, _stop.Token);
            response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or IOException or ObjectDisposedException)
        {
            // The server is stopping, or the client gave up waiting (the timeout under test).
            response.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _listener.Close();
        _stop.Dispose();
    }

    private sealed record Route(string ContentType, byte[] Body, TimeSpan Delay, bool DeclaresLength, string? RedirectTo);
}
