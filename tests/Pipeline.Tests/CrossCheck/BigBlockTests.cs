using Pipeline.CrossCheck;
using Pipeline.Extraction;

namespace Pipeline.Tests.CrossCheck;

/// <summary>
/// A block far bigger than any real one is compared figure by figure, not claim by claim, and its
/// report stays bounded. How fast that is lives in the crosscheck benchmark, not here.
/// </summary>
public sealed class BigBlockTests
{
    [Fact]
    public void Ten_thousand_claims_in_one_block_are_counted_exactly_and_each_dissenting_claim_reported_once()
    {
        // 9,000 claims spread over 300 slightly different figures around 50%, all agreeing;
        // 1,000 claims saying 90%, which contradict every one of them.
        var claims = new List<CrossCheckClaim>();
        for (var i = 0; i < 9_000; i++)
        {
            var value = 50 + (i % 300 * 0.01);
            claims.Add(new CrossCheckClaim(i, i, "china", "refining-share", value, value, "%", Qualifier.Approximate, "%", null, null));
        }
        for (var i = 9_000; i < 10_000; i++)
        {
            claims.Add(new CrossCheckClaim(i, i, "china", "refining-share", 90, 90, "%", Qualifier.Exact, "%", null, null));
        }

        var result = new CrossChecker(CrossCheckOptions.Default).Run(claims);

        Assert.Equal(9_000L * 1_000, result.ConflictingPairs);
        // 301 figures: above the cap of 200, the 101 least stated are compared with the 200 most stated only.
        Assert.True(result.PairsCompared < 10_000L * 9_999 / 2);
        // Each dissenting claim once, against the best-supported figure: not once per claim it contradicts.
        Assert.Equal(1_000, result.Conflicts.Count);
        Assert.All(result.Conflicts, c => Assert.Equal(90, c.A.Low));
    }
}
