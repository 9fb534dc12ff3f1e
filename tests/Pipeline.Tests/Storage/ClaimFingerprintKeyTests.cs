using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

public sealed class ClaimFingerprintKeyTests
{
    [Theory]
    [InlineData("0000000000000001", 1L)]
    [InlineData("7fffffffffffffff", long.MaxValue)]
    [InlineData("ffffffffffffffff", -1L)]
    [InlineData("8000000000000000", long.MinValue)]
    public void A_fingerprints_key_is_its_first_16_hex_digits_as_a_64_bit_number(string start, long key)
    {
        Assert.Equal(key, ClaimRecord.KeyOf(start + new string('9', 48)));
    }

    [Fact]
    public void The_key_is_set_with_the_fingerprint()
    {
        var fingerprint = KeyHash.Of("china", "refining-share", 90);
        var claim = new ClaimRecord { Subject = "china", Attribute = "refining-share", Sentence = "", Fingerprint = "short" };

        claim.Fingerprint = fingerprint;

        Assert.Equal(Convert.ToInt64(fingerprint[..16], 16), claim.FingerprintKey);
    }

    [Fact]
    public void A_fingerprint_that_is_not_hex_still_has_a_key_of_its_own()
    {
        Assert.Equal(ClaimRecord.KeyOf("f"), ClaimRecord.KeyOf("f"));
        Assert.NotEqual(ClaimRecord.KeyOf("fa"), ClaimRecord.KeyOf("fb"));
        Assert.NotEqual(ClaimRecord.KeyOf("zzzzzzzzzzzzzzzz-1"), ClaimRecord.KeyOf("zzzzzzzzzzzzzzzz-2"));
    }
}
