using Pipeline.Claims;
using Pipeline.CrossCheck;
using Pipeline.Review;
using Pipeline.Storage;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// The seven causes of false alarms and misses found by reading every item flagged on real news
/// (issue #8), one test each. The sentences are the team's own, written to the same pattern.
/// </summary>
public sealed class MisreadingCausesTests
{
    [Fact]
    public void Wrong_measure_the_measure_is_the_one_the_value_is_attached_to()
    {
        var claims = Read("China controls 70% of mining output and 90% of global refining.");
        Assert.Equal("refining-share", Of(claims, "90%").Attribute);
        Assert.Equal("mining-share", Of(claims, "70%").Attribute);

        var needs = Assert.Single(Read("China can supply around 95% of the EU's needs."));
        Assert.Equal(("china", "supply-share", "demand"), (needs.Subject, needs.Attribute, needs.Scope));

        var processes = Assert.Single(Read("China processes 91% of the world's rare earths."));
        Assert.Equal(("china", "refining-share"), (processes.Subject, processes.Attribute));
    }

    [Fact]
    public void Wrong_subject_the_named_holder_wins_over_a_country_elsewhere_in_the_sentence()
    {
        var supplier = Assert.Single(Read("MP Materials supplies between 7% and 9% of China's NdPr needs."));
        Assert.Equal("mp-materials", supplier.Subject);

        var targets = Read("The EU wants to mine 10% and process 40% of its needs at home, cutting reliance on China.");
        Assert.All(targets.Where(c => c.Attribute is "mining-share" or "refining-share"), c => Assert.Equal("european-union", c.Subject));

        // No entity in the phrase: no claim, rather than the document's most frequent name.
        Assert.Empty(Read("China dominates the trade.\n\nThe share of refining reached 90% last year."));
    }

    [Fact]
    public void No_scope_heavy_rare_earths_and_demand_are_facts_of_their_own()
    {
        var result = Check(
            ("中国中重稀土的精炼份额高达99%。", "zh"),
            ("China refines 90% of the world's rare earths.", "en"),
            ("China can supply about 95% of the EU's demand for processing.", "en"));
        Assert.Empty(result.Conflicts);

        var money = Check(
            ("The Pentagon gave MP Materials a $150 million loan.", "en"),
            ("The Pentagon bought $400 million of MP Materials equity.", "en"));
        Assert.Empty(money.Conflicts);
    }

    [Fact]
    public void No_modality_a_cap_and_a_target_are_not_compared_with_an_actual_share()
    {
        var cap = Assert.Single(Read("欧盟规定，来自单一国家的精炼份额不得超过65%。", "zh"));
        Assert.Equal((Modality.Cap, null, 65.0), (cap.Modality, cap.Value!.Low, cap.Value.High));

        var result = Check(
            ("The EU may source no more than 65% of its refining from China.", "en"),
            ("By 2030 the EU aims to refine 40% of its needs itself.", "en"),
            ("The EU refines 5% of its needs today.", "en"));
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Lists_and_ranges_the_parts_of_one_sentence_are_never_rivals()
    {
        var result = Check(("MP Materials got $400 million in equity and a $400 million loan, plus $150 million in equity later.", "en"));
        Assert.Empty(result.Conflicts);

        var range = Assert.Single(Read("Lynas supplies between 7% and 9% of the world's NdPr."));
        Assert.Equal((7.0, 9.0), (range.Value!.Low!.Value, range.Value.High!.Value));
    }

    [Fact]
    public void Missing_measures_tonnages_and_event_dates_are_compared()
    {
        var tonnes = Check(
            ("China produced 270,000 tonnes of rare earths in 2024.", "en"),
            ("中國2024年稀土產量為21萬噸。", "zh"));
        Assert.Equal("mine-output", Assert.Single(tonnes.Conflicts).Key.Attribute);

        var dates = Check(
            ("商务部于2025年4月4日宣布出口管制。", "zh"),
            ("China's commerce ministry announced the controls on April 14, 2025.", "en"),
            ("The Ministry of Commerce announced its October rules on October 9, 2025.", "en"));
        var conflict = Assert.Single(dates.Conflicts);
        Assert.Equal(("china", "announced-on"), (conflict.Key.Subject, conflict.Key.Attribute));

        var month = Check(
            ("China announced the controls in April 2025.", "en"),
            ("商务部于2025年4月4日宣布出口管制。", "zh"));
        Assert.Empty(month.Conflicts);
    }

    [Fact]
    public void Repetition_one_misread_figure_is_one_item()
    {
        var sources = Enumerable.Range(0, 10).Select(_ => ("China refines 90% of the world's rare earths.", "en"))
            .Append(("China refines 60% of the world's rare earths.", "en")).ToArray();
        var conflict = Assert.Single(Check(sources).Conflicts);
        Assert.Equal(60, conflict.A.Low);
        Assert.Equal(10, conflict.Support);
    }

    /// <summary>Each text as a document of its own, its claims cross-checked together.</summary>
    private static CrossCheckResult Check(params (string Text, string Language)[] documents)
    {
        var claims = new List<CrossCheckClaim>();
        for (var doc = 0; doc < documents.Length; doc++)
        {
            foreach (var claim in Read(documents[doc].Text, documents[doc].Language))
            {
                var record = ClaimRecord.From(doc + 1, claim);
                record.Id = claims.Count + 1;
                claims.Add(StoredClaims.Read(record, CrossCheckOptions.Default.PresentYears)!);
            }
        }
        return new CrossChecker(CrossCheckOptions.Default).Run(claims);
    }
}
