using Pipeline.CrossCheck;
using Pipeline.Extraction;
using static Pipeline.Tests.CrossCheck.TestClaims;

namespace Pipeline.Tests.CrossCheck;

/// <summary>The unit and interval rules of the cross-check, one case each, with the default tolerances.</summary>
public sealed class IntervalRuleTests
{
    private const double KilogramsPerPound = 0.45359237;

    [Fact]
    public void A_price_per_pound_conflicts_with_the_same_number_per_kilogram_as_a_high_unit_confusion()
    {
        var perKilogram = Value(1, 110, 110, "USD/kg", attribute: "price-floor", subject: "ndpr");
        var perPound = Value(2, 110 / KilogramsPerPound, 110 / KilogramsPerPound, "USD/kg", statedUnit: "USD/lb", attribute: "price-floor", subject: "ndpr");

        var conflict = Assert.Single(Check(perKilogram, perPound).Conflicts);

        Assert.Equal("110 USD/lb = 242.5 USD/kg vs 110 USD/kg", conflict.Reason);
        Assert.Equal(ConflictSeverity.High, conflict.Severity);
        Assert.Equal(new BlockKey("ndpr", "price-floor"), conflict.Key);
    }

    [Fact]
    public void Approximate_figures_reach_five_percent_either_way()
    {
        Assert.Empty(Check(About(1, 100, "t"), Exact(2, 104, "t")).Conflicts);
        Assert.Equal("≈100 t vs 106 t", Assert.Single(Check(Exact(1, 106, "t"), About(2, 100, "t")).Conflicts).Reason);
    }

    [Fact]
    public void Approximate_percentages_reach_two_and_a_half_points()
    {
        Assert.Empty(Check(About(1, 40), Exact(2, 42)).Conflicts);
        var conflict = Assert.Single(Check(Exact(1, 49), About(2, 40)).Conflicts);
        Assert.Equal("≈40% vs 49%", conflict.Reason);
        Assert.Equal(ConflictSeverity.Medium, conflict.Severity);
    }

    [Fact]
    public void Nearly_falls_short_of_the_figure_by_the_approximate_tolerance_and_passes_it_only_by_rounding()
    {
        var nearly70 = Value(1, null, 70, "%", Qualifier.Nearly); // nearly 70%, 近70%

        Assert.Empty(Check(nearly70, Exact(2, 68)).Conflicts);
        Assert.Empty(Check(nearly70, Exact(2, 70)).Conflicts);
        Assert.Equal("60% vs nearly 70%", Assert.Single(Check(nearly70, Exact(2, 60)).Conflicts).Reason);
        Assert.Single(Check(nearly70, Exact(2, 73)).Conflicts);
    }

    [Fact]
    public void A_month_and_a_day_outside_it_are_two_acts_but_two_months_are_compared()
    {
        var october = Date(1, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31));
        var seventh = Date(2, new DateOnly(2025, 11, 7), new DateOnly(2025, 11, 7));
        var november = Date(3, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30));

        Assert.Empty(Check(october, seventh).Conflicts); // "announced in October", "on November 7"
        Assert.Single(Check(october, november).Conflicts); // March against April 2022: one act, two months
    }

    [Fact]
    public void At_least_95_conflicts_with_90()
    {
        var conflict = Assert.Single(Check(Exact(1, 90), Value(2, 95, null, "%", Qualifier.AtLeast)).Conflicts);

        Assert.Equal("≥95% vs 90%", conflict.Reason);
        Assert.Equal(ConflictSeverity.Medium, conflict.Severity);
    }

    [Fact]
    public void At_least_agrees_with_any_figure_above_it_and_at_most_with_any_below()
    {
        Assert.Empty(Check(Value(1, 90, null, "%", Qualifier.AtLeast), Exact(2, 99)).Conflicts);
        Assert.Empty(Check(Value(1, null, 10, "%", Qualifier.AtMost), Exact(2, 3)).Conflicts);
        Assert.Single(Check(Value(1, null, 10, "%", Qualifier.AtMost), Exact(2, 30)).Conflicts);
    }

    [Fact]
    public void Overlapping_ranges_agree_and_separate_ones_conflict()
    {
        Assert.Empty(Check(Value(1, 40, 50, "%", Qualifier.Range), Value(2, 48, 60, "%", Qualifier.Range)).Conflicts);
        Assert.Equal("55–60% vs 40–50%", Assert.Single(Check(Value(1, 40, 50, "%", Qualifier.Range), Value(2, 55, 60, "%", Qualifier.Range)).Conflicts).Reason);
    }

    [Fact]
    public void Rounding_agrees_48_9_and_49_percent()
    {
        var result = Check(Exact(1, 48.9), Exact(2, 49));

        Assert.Empty(result.Conflicts);
        Assert.Equal((1L, 1L, 0L), (result.PairsCompared, result.CorroboratingPairs, result.ConflictingPairs));
    }

    [Fact]
    public void Different_currencies_are_never_compared()
    {
        var result = Check(Exact(1, 400e6, "USD"), Exact(2, 2.8e9, "CNY"), Exact(3, 2.8e9, "CNY/kg"));

        Assert.Empty(result.Conflicts);
        Assert.Equal(0, result.PairsCompared);
    }

    [Fact]
    public void Times_that_cannot_overlap_are_not_compared_and_an_unknown_time_overlaps_any()
    {
        Assert.Equal(0, Check(Exact(1, 70, time: Year(2023)), Exact(2, 60, time: Year(2024))).PairsCompared);

        var withUnknown = Check(Exact(1, 70, time: Year(2023)), Exact(2, 60));
        Assert.Equal(1, withUnknown.ConflictingPairs);
        Assert.Single(withUnknown.Conflicts);
    }

    [Fact]
    public void Dates_compare_as_day_intervals()
    {
        var ninth = Date(1, new DateOnly(2025, 10, 9), new DateOnly(2025, 10, 9));
        var october = Date(2, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31));
        var september = Date(3, new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 30));

        Assert.Empty(Check(ninth, october).Conflicts);
        var conflict = Assert.Single(Check(ninth, september).Conflicts);
        Assert.Equal("2025-09-30 vs 2025-10-09", conflict.Reason);
        Assert.Equal(ConflictSeverity.Medium, conflict.Severity);
    }

    [Fact]
    public void Severity_grows_with_the_gap_in_points()
    {
        Assert.Empty(Check(Exact(1, 69), Exact(2, 70)).Conflicts); // whole percents, rounded: they agree
        Assert.Equal(ConflictSeverity.Low, Assert.Single(Check(Exact(1, 66), Exact(2, 70)).Conflicts).Severity);
        Assert.Equal(ConflictSeverity.Medium, Assert.Single(Check(Exact(1, 85), Exact(2, 90)).Conflicts).Severity);
        Assert.Equal(ConflictSeverity.High, Assert.Single(Check(Exact(1, 30), Exact(2, 49)).Conflicts).Severity);
    }

    [Fact]
    public void A_share_written_as_a_round_ten_is_read_as_rounded()
    {
        Assert.Empty(Check(Exact(1, 92), Exact(2, 90)).Conflicts); // "90 percent" is about 90
        Assert.Single(Check(Exact(1, 85), Exact(2, 90)).Conflicts); // but not about 85
        Assert.Single(Check(Exact(1, 92), Exact(2, 95)).Conflicts); // 95 is not a round ten
    }

    [Fact]
    public void Two_claims_of_one_document_conflict_within_the_document()
    {
        var conflict = Assert.Single(Check(Exact(7, 90), Exact(7, 99)).Conflicts);

        Assert.True(conflict.WithinDocument);
    }

    [Fact]
    public void A_dissenting_figure_is_reported_once_against_the_best_supported_one()
    {
        var majority = Enumerable.Range(1, 5).Select(d => Value(d, 110, 110, "USD/kg")).ToArray();
        var dissent = Value(9, 242.5, 242.5, "USD/kg", statedUnit: "USD/lb");

        var result = Check([.. majority, dissent]);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal((dissent, majority[0], 5), (conflict.A, conflict.B, conflict.Support));
        Assert.Equal((15L, 10L, 5L), (result.PairsCompared, result.CorroboratingPairs, result.ConflictingPairs));
    }

    [Fact]
    public void Dates_a_season_apart_are_two_events_and_days_apart_one_event_in_dispute()
    {
        var april = Date(1, new DateOnly(2025, 4, 4), new DateOnly(2025, 4, 4));
        var october = Date(2, new DateOnly(2025, 10, 9), new DateOnly(2025, 10, 9));
        Assert.Empty(Check(april, october).Conflicts);

        var aprilLater = Date(3, new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 14));
        Assert.Single(Check(april, aprilLater).Conflicts);
    }

    [Fact]
    public void Claims_of_one_sentence_are_never_compared()
    {
        var first = Exact(1, 49) with { SentenceStart = 10 };
        var second = Exact(1, 30) with { SentenceStart = 10 };
        Assert.Empty(Check(first, second).Conflicts);
        Assert.Single(Check(first, second with { SentenceStart = 90 }).Conflicts);
    }

    [Fact]
    public void Claims_of_different_scopes_or_modalities_are_different_facts()
    {
        var all = Exact(1, 90);
        Assert.Empty(Check(all, Exact(2, 99) with { Scope = "heavy-rare-earths" }).Conflicts);
        Assert.Empty(Check(all, Exact(2, 65) with { Modality = Pipeline.Claims.Modality.Cap }).Conflicts);
    }

    [Fact]
    public void Two_places_of_one_subject_in_one_ranking_conflict()
    {
        CrossCheckClaim Place(int document, double place) => Value(document, place, place, "rank", subject: "australia", attribute: "reserves-rank");

        var conflict = Assert.Single(Check(Place(1, 3), Place(2, 4)).Conflicts);
        Assert.Contains("rank 3", conflict.Reason);
        Assert.Contains("rank 4", conflict.Reason);
        Assert.Empty(Check(Place(1, 4), Place(2, 4)).Conflicts);
    }
}
