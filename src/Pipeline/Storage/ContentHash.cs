using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>The identity of a text's content: the same text from two sources is one document.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/> (64 characters).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
