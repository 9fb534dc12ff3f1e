using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>
/// The SHA-256, in lower-case hex, of parts joined by U+001F as <c>string.Join</c> joins objects in the
/// invariant culture (a null part is empty), encoded in UTF-8: a claim's fingerprint and reading.
/// </summary>
/// <remarks>
/// Written part by part into a pooled buffer and hashed from there: the joined key holds the claim's
/// sentence, and building it and its bytes was most of what storing a claim allocated. The separator
/// keeps every part whole, so the bytes are the joined string's.
/// </remarks>
internal static class KeyHash
{
    private const string Separator = "\u001f";

    public static string Of(params ReadOnlySpan<object?> parts)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        var length = 0;
        try
        {
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Append(Separator);
                }
                if (Text(parts[i]) is { } text)
                {
                    Append(text);
                }
            }
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        // Numbers and dates as the invariant culture writes them: a fingerprint made under one LANG
        // must match the one made under another (the CLI and the server may run under different ones).
        static string? Text(object? part) => part is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : part?.ToString();

        void Append(string text)
        {
            var needed = length + Encoding.UTF8.GetMaxByteCount(text.Length);
            if (needed > buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(needed);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
        }
    }
}
