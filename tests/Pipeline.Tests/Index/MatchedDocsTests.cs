using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>The matched documents of a segment, a bit each, as the facets read them.</summary>
public sealed class MatchedDocsTests
{
    [Fact]
    public void Each_match_sets_its_documents_bit_and_the_bits_end_with_the_segment()
    {
        var matched = new MatchedDocs();
        matched.Reset(130);
        foreach (var doc in Enumerable.Range(0, 70).Append(100).Append(129))
        {
            matched.Add(doc);
        }

        Assert.Equal(72, matched.Count);
        Assert.Equal([.. Enumerable.Range(0, 70), 100, 129], Set(matched));
        Assert.Equal(3, matched.Bits.Length);
    }

    [Fact]
    public void A_reset_forgets_the_previous_segment()
    {
        var matched = new MatchedDocs();
        matched.Reset(200);
        matched.Add(3);
        matched.Add(150);
        matched.Reset(128);
        matched.Add(127);

        Assert.Equal(1, matched.Count);
        Assert.Equal([127], Set(matched));
        Assert.Equal(2, matched.Bits.Length);
    }

    private static List<int> Set(MatchedDocs matched)
    {
        var bits = matched.Bits;
        return [.. Enumerable.Range(0, bits.Length * 64).Where(doc => (matched.Bits[doc >> 6] >> doc & 1) == 1)];
    }
}
