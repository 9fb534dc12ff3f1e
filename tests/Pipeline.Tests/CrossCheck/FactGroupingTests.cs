using Pipeline.CrossCheck;
using Pipeline.Extraction;
using static Pipeline.Tests.CrossCheck.TestClaims;

namespace Pipeline.Tests.CrossCheck;

/// <summary>How the cross-check gathers claims into facts and value groups: one dispute per fact, not per pair.</summary>
public sealed class FactGroupingTests
{
    private const double KilogramsPerPound = 0.45359237;

    [Fact]
    public void One_dissent_against_three_agreeing_sources_is_one_fact_with_two_groups()
    {
        var result = Check(Exact(1, 70), Exact(2, 70), About(3, 70), Exact(4, 60));

        var fact = Assert.Single(result.Facts);
        Assert.True(fact.IsDisputed);
        Assert.Equal(["70%", "60%"], fact.Groups.Select(g => g.Value));
        Assert.Equal([3, 1], fact.Groups.Select(g => g.Sources));
        Assert.Equal([1], fact.Dissents);
        Assert.Equal("60% vs 70%, 10 points", fact.Reason);
        Assert.Equal(ConflictSeverity.High, fact.Severity);
        Assert.Equal(new BlockKey("china", "refining-share"), fact.Key);
    }

    [Fact]
    public void Sources_that_agree_make_a_corroborated_fact_and_one_source_alone_makes_none()
    {
        var corroborated = Assert.Single(Check(Exact(1, 70), Exact(2, 70.2), About(3, 71)).Facts);
        Assert.False(corroborated.IsDisputed);
        Assert.Equal(3, Assert.Single(corroborated.Groups).Sources);
        Assert.Empty(corroborated.Reason);

        Assert.Empty(Check(Exact(1, 70)).Facts);
    }

    [Fact]
    public void A_fact_stated_for_two_years_is_two_facts_each_with_its_period()
    {
        var facts = Check(
            Exact(1, 240_000, "t", Year(2023)), Exact(2, 240_000, "t", Year(2023)),
            Exact(3, 270_000, "t", Year(2024)), Exact(4, 270_000, "t", Year(2024))).Facts;

        Assert.Equal(["2023", "2024"], facts.Select(f => f.Period).Order());
        Assert.All(facts, f => Assert.False(f.IsDisputed));
        Assert.NotEqual(facts[0].Identity, facts[1].Identity);
    }

    [Fact]
    public void Values_join_the_group_whose_leading_figure_they_agree_with_so_near_values_do_not_chain()
    {
        // ≈74% agrees with ≈70% and with ≈78%, but ≈78% is not ≈70%: two groups, not one.
        var fact = Assert.Single(Check(About(1, 70), About(2, 70), About(3, 74), About(4, 78)).Facts);

        Assert.Equal(["≈70%", "≈78%"], fact.Groups.Select(g => g.Value));
        Assert.Equal([3, 1], fact.Groups.Select(g => g.Sources));
        Assert.True(fact.IsDisputed);
    }

    [Fact]
    public void A_number_written_per_pound_against_the_same_number_per_kilogram_is_marked_a_unit_confusion()
    {
        var perKilogram = Value(1, 110, 110, "USD/kg", attribute: "price-floor", subject: "ndpr");
        var alsoPerKilogram = Value(2, 110, 110, "USD/kg", attribute: "price-floor", subject: "ndpr");
        var perPound = Value(3, 110 / KilogramsPerPound, 110 / KilogramsPerPound, "USD/kg", statedUnit: "USD/lb", attribute: "price-floor", subject: "ndpr");

        var fact = Assert.Single(Check(perKilogram, alsoPerKilogram, perPound).Facts);

        Assert.True(fact.UnitConfusion);
        Assert.Equal("per lb vs per kg: 110 USD/lb = 242.5 USD/kg vs 110 USD/kg", fact.Reason);
        Assert.Equal(ConflictSeverity.High, fact.Severity);
    }

    [Fact]
    public void A_fact_keeps_its_identity_when_its_values_change()
    {
        var before = Assert.Single(Check(Exact(1, 70), Exact(2, 70), Exact(3, 60)).Facts);
        var after = Assert.Single(Check(Exact(1, 70), Exact(2, 70), Exact(3, 60), Exact(5, 50)).Facts);

        Assert.Equal(before.Identity, after.Identity);
        Assert.Equal(3, after.Groups.Count);
        Assert.Equal([1, 2], after.Dissents);
    }

    [Fact]
    public void A_figure_that_contradicts_a_member_of_a_group_stands_apart_though_it_agrees_with_its_leader()
    {
        // "about 85%" agrees with "about 90%" but not with "at least 90%": the dispute is 85 against 90 and more.
        var fact = Assert.Single(Check(About(1, 90), About(2, 90), Value(3, 90, null, "%", Qualifier.AtLeast), About(4, 85)).Facts);

        Assert.Equal(["≈90%", "≈85%"], fact.Groups.Select(g => g.Value));
        Assert.Equal("≈85% vs ≥90%, 5 points", fact.Reason);
    }
}
