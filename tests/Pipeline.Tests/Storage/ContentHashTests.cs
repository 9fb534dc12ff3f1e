using System.Security.Cryptography;
using System.Text;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

/// <summary>A content hash is the SHA-256 of the text's UTF-8 bytes, so the hashes stored so far still name their texts.</summary>
public sealed class ContentHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Lynas refines NdPr in Malaysia.")]
    [InlineData("中國稀土集團 每磅110美元 𠀀")]
    [InlineData("an unpaired surrogate \ud800 is replaced as UTF-8 replaces it")]
    public void A_text_hashes_as_sha256_of_its_utf8_bytes(string text) =>
        Assert.Equal(Expected(text), ContentHash.Of(text));

    [Fact]
    public void A_text_larger_than_the_pool_keeps_hashes_whole()
    {
        var text = string.Concat(Enumerable.Repeat("稀土精煉 price floor; ", 200_000));

        Assert.Equal(Expected(text), ContentHash.Of(text));
        Assert.NotEqual(ContentHash.Of(text), ContentHash.Of(text[..^1]));
    }

    private static string Expected(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
