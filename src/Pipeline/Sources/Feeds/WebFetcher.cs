using System.Globalization;
using System.Net;

namespace Pipeline.Sources.Feeds;

/// <summary>
/// Fetches http and https URLs under <see cref="FetchOptions"/>: each redirect followed here (so
/// each hop is checked), internal addresses refused by <see cref="AddressGuard"/>, bodies read up
/// to a cap. Every way a URL cannot be had is a <see cref="FetchException"/> with one line.
/// </summary>
internal sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly FetchOptions _options;

    public WebFetcher(FetchOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = new AddressGuard(options.AllowedHosts).ConnectAsync,
            // Through a proxy the guard would check the proxy, not the host the link names.
            UseProxy = false,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Pipeline/1.0");
    }

    /// <summary>The body at <paramref name="url"/>, at most <paramref name="maxBytes"/> (named by <paramref name="capSetting"/> in errors).</summary>
    public async Task<byte[]> FetchAsync(string url, long maxBytes, string capSetting, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || !IsHttp(target))
        {
            throw new FetchException($"refused: {url} is not an http or https link");
        }
        for (var redirects = 0; ; redirects++)
        {
            var answer = await GetAsync(target, maxBytes, capSetting, ct);
            if (answer.Body is { } body)
            {
                return body;
            }
            var next = answer.RedirectTo!;
            if (!IsHttp(next))
            {
                throw new FetchException($"refused: redirected to {next.OriginalString}, which is not an http or https link");
            }
            if (redirects == _options.MaxRedirects)
            {
                throw new FetchException($"more than {_options.MaxRedirects} redirects, the limit set by fetch.max_redirects in config/sources.yaml");
            }
            target = next;
        }
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>One hop: a body or where it redirects to. Retries timeouts, 5xx and network errors with backoff.</summary>
    private async Task<Answer> GetAsync(Uri url, long maxBytes, string capSetting, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            string reason;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return new Answer(await ReadCappedAsync(response.Content, maxBytes, capSetting, timeout.Token), null);
                }
                var code = (int)response.StatusCode;
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    return new Answer(null, location.IsAbsoluteUri ? location : new Uri(url, location));
                }
                reason = $"HTTP {code} {response.ReasonPhrase}";
                if (code < 500)
                {
                    throw new FetchException(reason);
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                reason = $"no answer within {_options.Timeout.TotalSeconds:0.###} s";
            }
            catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
            {
                throw new FetchException(refused.Message);
            }
            catch (HttpRequestException e)
            {
                reason = $"network error: {e.Message}";
            }
            if (attempt > _options.Retries)
            {
                throw new FetchException(attempt == 1 ? reason : $"{reason} (after {attempt} attempts)");
            }
            await Task.Delay(_options.Backoff * Math.Pow(2, attempt - 1), ct);
        }
    }

    private static bool IsRedirect(HttpStatusCode code) => code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The body, read as it streams in and dropped as soon as it passes the cap (declared length first, then bytes counted).</summary>
    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long maxBytes, string capSetting, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes, capSetting, content.Headers.ContentLength);
        }
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var body = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes, capSetting, null);
            }
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    private static FetchException TooLarge(long maxBytes, string capSetting, long? declared)
    {
        var size = declared is { } bytes ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes, ") : "";
        var cap = (maxBytes / (double)FetchOptions.BytesPerMb).ToString("0.###", CultureInfo.InvariantCulture);
        return new FetchException($"too large: {size}over the {cap} MB cap set by fetch.{capSetting} in config/sources.yaml; nothing of it is stored");
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A body, or where the answer redirects to.</summary>
    private sealed record Answer(byte[]? Body, Uri? RedirectTo);
}
