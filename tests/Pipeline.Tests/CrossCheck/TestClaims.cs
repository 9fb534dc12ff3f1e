using Pipeline.CrossCheck;
using Pipeline.Extraction;

namespace Pipeline.Tests.CrossCheck;

/// <summary>Claims for the cross-check tests: one subject and attribute unless told, one claim per document unless told.</summary>
internal static class TestClaims
{
    private static long _nextId;

    public static CrossCheckClaim Value(
        int document, double? low, double? high, string unit, Qualifier qualifier = Qualifier.Exact,
        string? statedUnit = null, (DateOnly From, DateOnly To)? time = null, string subject = "china", string attribute = "refining-share")
    {
        var id = Interlocked.Increment(ref _nextId);
        return new CrossCheckClaim(id, document, subject, attribute, low, high, unit, qualifier, statedUnit ?? unit,
            time?.From, time?.To, $"fp{id}", (int)(id % 1000)) { SentenceStart = (int)(id % 1000) };
    }

    public static CrossCheckClaim Exact(int document, double value, string unit = "%", (DateOnly, DateOnly)? time = null) =>
        Value(document, value, value, unit, Qualifier.Exact, time: time);

    public static CrossCheckClaim About(int document, double value, string unit = "%") =>
        Value(document, value, value, unit, Qualifier.Approximate);

    public static CrossCheckClaim Date(int document, DateOnly from, DateOnly to) =>
        new(Interlocked.Increment(ref _nextId), document, "mofcom", "announced-on", from.DayNumber, to.DayNumber,
            CrossCheckClaim.DateUnit, from == to ? Qualifier.Exact : Qualifier.Range, null, null, null);

    public static (DateOnly, DateOnly) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static CrossCheckResult Check(params CrossCheckClaim[] claims) => new CrossChecker(CrossCheckOptions.Default).Run(claims);
}
