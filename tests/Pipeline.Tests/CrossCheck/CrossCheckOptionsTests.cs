using Pipeline.CrossCheck;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.CrossCheck;

public sealed class CrossCheckOptionsTests
{
    [Fact]
    public void The_repository_config_holds_the_default_tolerances_and_compares_event_dates()
    {
        var options = CrossCheckOptions.Load(SeedCorpus.ConfigFolder);

        Assert.Equal(CrossCheckOptions.Default.Approximate, options.Approximate);
        Assert.Equal(CrossCheckOptions.Default.Exact, options.Exact);
        Assert.Equal(CrossCheckOptions.Default.Severity, options.Severity);
        Assert.DoesNotContain("announced-on", options.SkipAttributes);
        Assert.Equal((20, 2), (options.SameEventDays, options.PresentYears));
    }

    [Fact]
    public void A_missing_file_gives_the_defaults_and_a_partial_one_keeps_the_rest()
    {
        using var folder = new TempDirectory();
        Assert.Same(CrossCheckOptions.Default, CrossCheckOptions.Load(folder.Path));

        folder.Write(CrossCheckOptions.FileName, "approximate:\n  relative: 0.1\n");
        var options = CrossCheckOptions.Load(folder.Path);
        Assert.Equal(new Tolerance(0.1, 2.5), options.Approximate);
        Assert.Equal(CrossCheckOptions.Default.Exact, options.Exact);
    }

    [Fact]
    public void A_malformed_file_names_itself_and_the_line()
    {
        using var folder = new TempDirectory();
        var path = folder.Write(CrossCheckOptions.FileName, "approximate:\n  relative: [oops\n");

        var error = Assert.Throws<ConfigException>(() => CrossCheckOptions.Load(folder.Path));

        Assert.StartsWith($"{path}: line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_that_says_no_month_is_not_set_against_a_dated_one()
    {
        var options = CrossCheckOptions.Default with { DatedOnly = new HashSet<string> { "market-price" } };
        var july = (new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31));
        var august = (new DateOnly(2025, 8, 1), new DateOnly(2025, 8, 31));
        var undated = TestClaims.Value(1, 63, 63, "USD/kg", attribute: "market-price", subject: "ndpr");
        var inAugust = TestClaims.Value(2, 88, 88, "USD/kg", time: august, attribute: "market-price", subject: "ndpr");
        var inJuly = TestClaims.Value(3, 70, 70, "USD/kg", time: july, attribute: "market-price", subject: "ndpr");
        var alsoInJuly = TestClaims.Value(4, 63, 63, "USD/kg", time: july, attribute: "market-price", subject: "ndpr");

        Assert.Empty(new CrossChecker(options).Run([undated, inAugust]).Conflicts);
        Assert.Single(new CrossChecker(options).Run([inJuly, alsoInJuly]).Conflicts);
        Assert.Single(new CrossChecker(CrossCheckOptions.Default).Run([undated, inAugust]).Conflicts);
    }

    [Fact]
    public void The_shipped_options_name_market_prices_as_dated_only()
    {
        Assert.Contains("market-price", CrossCheckOptions.LoadDefault().DatedOnly);
    }

    [Fact]
    public void Skipped_attributes_are_not_compared()
    {
        var options = CrossCheckOptions.Default with { SkipAttributes = new HashSet<string> { "refining-share" } };

        var result = new CrossChecker(options).Run([TestClaims.Exact(1, 30), TestClaims.Exact(2, 90)]);

        Assert.Equal((0, 0), (result.Blocks, result.Conflicts.Count));
    }
}
