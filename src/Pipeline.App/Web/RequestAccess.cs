using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pipeline.App.Web;

/// <summary>
/// Who may change things (review decisions, the jobs dashboard): with an API key configured,
/// whoever presents it; without one, this machine only.
/// </summary>
public static class RequestAccess
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string Refusal = "Refused: changes are accepted from this machine only, or with the API key (header X-Api-Key).";

    /// <param name="presentedKey">A key from a form field; else the X-Api-Key header is read.</param>
    public static bool IsAllowed(HttpContext context, WebOptions options, string? presentedKey = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ApiKey is { } expected)
        {
            var presented = presentedKey ?? context.Request.Headers[ApiKeyHeader].ToString();
            return KeysMatch(expected, presented);
        }
        return context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
    }

    /// <summary>The answer to a refused request: 403 and one line of text.</summary>
    public static IResult Refuse() => Results.Text(Refusal, "text/plain", statusCode: StatusCodes.Status403Forbidden);

    // Constant time, so the key cannot be guessed a character at a time from response times.
    private static bool KeysMatch(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
