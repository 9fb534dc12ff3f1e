using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

/// <summary>A key hashed part by part is the hash of the parts joined in the invariant culture, so stored fingerprints stay what they were, under any LANG.</summary>
public sealed class KeyHashTests
{
    private static T Under<T>(CultureInfo culture, Func<T> run)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static string Joined(params object?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));

    [Fact]
    public void Parts_hash_as_their_joined_string_nulls_numbers_and_records_included()
    {
        object?[] parts = ["7", "china", "export-ban", null, "-", Qualifier.AtLeast, DateSpan.Day(new DateOnly(2025, 10, 9)), "稀土出口管制，自即日起生效。", 12];

        Assert.Equal(Joined(parts), KeyHash.Of(parts));
    }

    [Fact]
    public void A_sentence_longer_than_the_first_buffer_hashes_whole()
    {
        var sentence = string.Concat(Enumerable.Repeat("中国稀土产量占全球70%，refining 90%. ", 200));

        Assert.Equal(Joined("mp-materials", sentence, 3), KeyHash.Of("mp-materials", sentence, 3));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Dates_and_numbers_hash_as_the_invariant_culture_writes_them_under_any_culture(string culture)
    {
        object?[] parts = ["mp-materials", new DateSpan(new DateOnly(2025, 10, 9), new DateOnly(2025, 12, 31)), new DateOnly(2024, 3, 1), 110.5, -3, "每磅110美元"];
        var invariant = Under(CultureInfo.InvariantCulture, () => Joined(parts));

        Assert.Equal(invariant, Under(CultureInfo.GetCultureInfo(culture), () => KeyHash.Of(parts)));
        // The text hashed is what fingerprints stored so far were made from (under the invariant culture).
        Assert.Equal("DateSpan { From = 10/09/2025, To = 12/31/2025, DatesOneEvent = False }", Under(CultureInfo.GetCultureInfo(culture), () => parts[1]!.ToString()));
    }

    [Fact]
    public void Empty_and_missing_parts_still_take_their_place()
    {
        Assert.NotEqual(KeyHash.Of("a", null, "b"), KeyHash.Of("a", "b"));
        Assert.Equal(Joined(null, "", null), KeyHash.Of(null, "", null));
    }
}
