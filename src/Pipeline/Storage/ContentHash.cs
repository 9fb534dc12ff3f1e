using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>The identity of a text's content: the same text from two sources is one document.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/> (64 characters).</summary>
    /// <remarks>The bytes go into a pooled buffer: every document read is hashed, and a copy of each was 2% of what an ingest allocated.</remarks>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
