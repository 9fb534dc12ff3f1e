using Pipeline.App.Evaluation;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Tests.Evaluation;

/// <summary>When a Pipeline claim's value is an annotated claim's: units, rounding, open bounds, approximations, dates.</summary>
public sealed class ClaimMatchTests
{
    [Theory]
    [InlineData(90, 90, "%", 90.4, 90.4, true)]     // within 0.5 points
    [InlineData(90, 90, "%", 90.6, 90.6, false)]
    [InlineData(400e6, 400e6, "USD", 403e6, 403e6, true)]   // within 1%
    [InlineData(400e6, 400e6, "USD", 410e6, 410e6, false)]
    [InlineData(1500, 1500, "kg", 1.5, 1.5, true)]  // kg against Pipeline's tonnes
    public void Figures_match_within_rounding(double lo, double hi, string unit, double low, double high, bool matches)
    {
        var expected = AnnotatedValue.Parse(Text(lo), Text(hi), unit, note: "");
        var claim = Claim(low, high, DevSetNames.Unit(unit).Unit, Qualifier.Exact);

        Assert.Equal(matches, ClaimMatch.SameValue(expected, claim));
    }

    [Fact]
    public void Another_unit_or_currency_never_matches()
    {
        var expected = AnnotatedValue.Parse("400000000", "400000000", "AUD", note: "");

        Assert.False(ClaimMatch.SameValue(expected, Claim(400e6, 400e6, "USD", Qualifier.Exact)));
        Assert.True(ClaimMatch.SameValue(expected, Claim(400e6, 400e6, "AUD", Qualifier.Exact)));
    }

    [Fact]
    public void A_count_matches_a_claim_without_unit()
    {
        Assert.True(ClaimMatch.SameValue(AnnotatedValue.Parse("7", "7", "count", ""), Claim(7, 7, "", Qualifier.Exact)));
    }

    [Fact]
    public void A_rank_matches_a_claim_of_the_same_place()
    {
        var fourth = AnnotatedValue.Parse("4", "4", "rank", "");

        Assert.True(ClaimMatch.SameValue(fourth, Claim(4, 4, "rank", Qualifier.Exact)));
        Assert.False(ClaimMatch.SameValue(fourth, Claim(3, 3, "rank", Qualifier.Exact)));
        Assert.False(ClaimMatch.SameValue(fourth, Claim(4, 4, "", Qualifier.Exact))); // a count of four is no place
    }

    [Fact]
    public void An_open_bound_must_be_open_on_both_sides()
    {
        var moreThan = AnnotatedValue.Parse("3000000000", "", "USD", note: "");

        Assert.True(ClaimMatch.SameValue(moreThan, Claim(3e9, null, "USD", Qualifier.AtLeast)));
        Assert.False(ClaimMatch.SameValue(moreThan, Claim(3e9, 3e9, "USD", Qualifier.Exact)));
        Assert.False(ClaimMatch.SameValue(AnnotatedValue.Parse("3000000000", "3000000000", "USD", ""), Claim(3e9, null, "USD", Qualifier.AtLeast)));
    }

    [Fact]
    public void An_approximate_figure_matches_an_approximate_claim_with_one_bound()
    {
        var about = AnnotatedValue.Parse("90", "90", "%", note: "approx; present tense");

        Assert.True(about.Approximate);
        Assert.True(ClaimMatch.SameValue(about, Claim(90, null, "%", Qualifier.Approximate)));
        Assert.False(ClaimMatch.SameValue(AnnotatedValue.Parse("90", "90", "%", ""), Claim(90, null, "%", Qualifier.Approximate)));
    }

    [Fact]
    public void A_nearly_claim_matches_an_approximate_figure_of_its_value()
    {
        var aboutTwice = AnnotatedValue.Parse("3", "3", "ratio", note: "approx ('nearly three times')");

        Assert.True(ClaimMatch.SameValue(aboutTwice, Claim(null, 300, "%", Qualifier.Nearly)));
        Assert.False(ClaimMatch.SameValue(aboutTwice, Claim(null, 250, "%", Qualifier.Nearly)));
        Assert.False(ClaimMatch.SameValue(AnnotatedValue.Parse("3", "3", "ratio", ""), Claim(null, 300, "%", Qualifier.Nearly)));
    }

    [Theory]
    [InlineData("2024-03-01", "2024-03-31", true)]   // "the rules issued in March" after "issued on March 12"
    [InlineData("2024-03-12", "2024-03-12", true)]
    [InlineData("2024-04-01", "2024-04-30", false)]  // another month
    [InlineData("2024-01-01", "2024-12-31", false)]  // a year is no repeat of a day
    [InlineData("2024-03-01", "2024-03-15", false)]  // only a whole month
    public void A_whole_month_holding_the_annotated_day_repeats_it(string from, string to, bool repeats)
    {
        var issued = new AnnotatedClaim("c1", "en_x.txt", "issued on March 12", "china", "announcement-date", "-",
            AnnotatedValue.Parse("2024-03-12", "2024-03-12", "date", ""), "2024", "");
        var claim = new ClaimRecord
        {
            Subject = "china", Attribute = "announced-on", Sentence = "", Fingerprint = "",
            DateFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateTo = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(repeats, ClaimMatch.Repeats(issued, claim));
        claim.Attribute = "takes-effect";
        Assert.False(ClaimMatch.Repeats(issued, claim)); // only the same measure
        claim.Attribute = "announced-on";
        claim.Subject = "japan";
        Assert.False(ClaimMatch.Repeats(issued, claim)); // and the same subject
    }

    [Theory]
    [InlineData("2025-10-09", "2025-10-09", "2025-10-09", "2025-10-09", true)]
    [InlineData("2025-10", "2025-10", "2025-10-01", "2025-10-31", true)]     // a month is the whole month
    [InlineData("2025", "2025", "2025-01-01", "2025-12-31", true)]
    [InlineData("2025-10", "2025-10", "2025-10-09", "2025-10-09", false)]    // a day in it is not the month
    [InlineData("2025-10-09", "2025-10-09", "2025-10-01", "2025-10-31", false)]
    public void Dates_match_when_they_cover_the_same_days(string lo, string hi, string from, string to, bool matches)
    {
        var expected = AnnotatedValue.Parse(lo, hi, "date", note: "");
        var claim = new ClaimRecord
        {
            Subject = "china", Attribute = "announced-on", Sentence = "", Fingerprint = "",
            DateFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateTo = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(matches, ClaimMatch.SameValue(expected, claim));
        Assert.False(ClaimMatch.SameValue(expected, Claim(2025, 2025, "", Qualifier.Exact)));
    }

    [Theory]
    [InlineData("2028-01-01", "2028-12-31", true)]
    [InlineData("2028-06-01", "2028-06-30", false)]   // a month of the year is not the year
    [InlineData("2027-01-01", "2027-12-31", false)]
    public void A_year_of_unit_year_matches_a_date_claim_of_that_whole_year(string from, string to, bool matches)
    {
        var expected = AnnotatedValue.Parse("2028", "2028", "year", note: "");
        var claim = new ClaimRecord
        {
            Subject = "mp-materials", Attribute = "starts-production", Sentence = "", Fingerprint = "",
            DateFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateTo = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(matches, ClaimMatch.SameValue(expected, claim));
    }

    [Fact]
    public void A_span_of_years_is_no_calendar_year()
    {
        var tenYears = AnnotatedValue.Parse("10", "10", "yr", note: "");

        Assert.True(ClaimMatch.SameValue(tenYears, Claim(10, 10, "year", Qualifier.Exact)));
        Assert.False(ClaimMatch.SameValue(AnnotatedValue.Parse("12", "12", "months", ""), Claim(12, 12, "year", Qualifier.Exact)));
    }

    [Fact]
    public void The_fact_is_compared_under_Pipeline_names()
    {
        var annotated = new AnnotatedClaim("c1", "en_x.txt", "quote", "us", "magnet-production-share", "global",
            AnnotatedValue.Parse("12", "12", "%", ""), "-", "");
        var claim = Claim(12, 12, "%", Qualifier.Exact);
        claim.Subject = "united-states";
        claim.Attribute = "magnet-share";

        Assert.True(ClaimMatch.SameFact(annotated, claim));
        claim.Attribute = "mining-share";
        Assert.False(ClaimMatch.SameFact(annotated, claim));
    }

    private static ClaimRecord Claim(double? low, double? high, string unit, Qualifier qualifier) => new()
    {
        Subject = "china", Attribute = "refining-share", Sentence = "", Fingerprint = "",
        Low = low, High = high, Unit = unit, Qualifier = qualifier,
    };

    private static string Text(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
