using Pipeline.App.Evaluation;

namespace Pipeline.Tests.Evaluation;

/// <summary>The annotated set's periods as days, and when two annotated claims conflict by the claims table.</summary>
public sealed class SetPeriodTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2025-Q2", "2025-04-01", "2025-06-30")]
    [InlineData("2025-10/2026-04", "2025-10-01", "2026-04-30")]
    [InlineData("2025-08-07/08", "2025-08-07", "2025-08-08")]
    public void Periods_cover_their_days(string text, string from, string to)
    {
        var period = SetPeriod.Parse(text);

        Assert.Equal((from, to), (period?.From.ToString("yyyy-MM-dd", null), period?.To.ToString("yyyy-MM-dd", null)));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("future")]
    [InlineData("1990s")]
    public void Other_times_are_no_period(string text) => Assert.Null(SetPeriod.Parse(text));

    [Theory]
    [InlineData("global", "2024", "85", "2024", true)]
    [InlineData("global", "-", "85", "2024", true)]          // an unknown time is compatible with any
    [InlineData("global", "2025-Q2", "85", "2025-05", true)] // overlapping periods
    [InlineData("global", "1994", "85", "2024", false)]      // another year: a trap, not a conflict
    [InlineData("heavy", "2024", "85", "2024", false)]       // another scope
    [InlineData("global", "2024", "90", "2024", false)]      // the same figure
    public void Claims_conflict_by_the_table(string scope, string time, string lo, string otherTime, bool conflict)
    {
        var a = Claim(scope, time, "90");
        var b = Claim("global", otherTime, lo);

        Assert.Equal(conflict, a.ConflictsWith(b));
    }

    private static AnnotatedClaim Claim(string scope, string time, string value) =>
        new("c", "f.txt", "q", "china", "refining-share", scope, AnnotatedValue.Parse(value, value, "%", ""), time, "");
}
