using Pipeline.Claims;
using Pipeline.Extraction;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>The English phrases a claim is read from, one test each (sentences in the team's own words).</summary>
public sealed class EnglishConstructionTests
{
    [Fact]
    public void X_accounts_for_N_percent_of_M()
    {
        var claim = Assert.Single(Read("China accounts for 69% of the world's rare earth mine output."));
        Assert.Equal(("china", "mining-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(69, claim.Value!.Low);
        Assert.Null(claim.Time);
        Assert.Equal(Written, claim.AsOf); // present tense: the document's date
    }

    [Fact]
    public void X_holds_N_percent_of_M_in_a_year()
    {
        var claim = Assert.Single(Read("In 2024 China held 49% of global rare earth reserves."));
        Assert.Equal(("china", "reserves-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2024, 1, 1), claim.Time!.From);
        Assert.Null(claim.AsOf);
    }

    [Fact]
    public void N_percent_of_M_comes_from_X()
    {
        var claim = Assert.Single(Read("Roughly 90% of the world's rare earth refining is done in China."));
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(Qualifier.Approximate, claim.Value!.Qualifier);
    }

    [Fact]
    public void Xs_share_of_M_is_N_percent()
    {
        var claim = Assert.Single(Read("Japan's reliance on China for its rare earth imports stood at 60% last year."));
        Assert.Equal(("japan", "import-reliance", null, Modality.Actual), Fact(claim));
    }

    [Fact]
    public void Two_measures_in_one_phrase_make_two_claims()
    {
        var claims = Read("China controls 70% of mining production and 90% of global refining.");
        Assert.Equal(("china", "mining-share", null, Modality.Actual), Fact(Of(claims, "70%")));
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(Of(claims, "90%")));
    }

    [Fact]
    public void Between_N_and_K_percent_is_one_range()
    {
        var claim = Assert.Single(Read("Lynas supplies between 7% and 9% of the world's NdPr."));
        Assert.Equal(("lynas", "supply-share", "ndpr", Modality.Actual), Fact(claim));
        Assert.Equal((7.0, 9.0, Qualifier.Range), (claim.Value!.Low!.Value, claim.Value.High!.Value, claim.Value.Qualifier));
    }

    [Fact]
    public void A_list_of_money_by_kind_gives_each_amount_its_kind()
    {
        var claims = Read("MP Materials received $400 million in equity and a $150 million loan from the Pentagon.");
        Assert.Equal(("mp-materials", "equity-investment", "dod", Modality.Actual), Fact(Of(claims, "$400 million")));
        Assert.Equal(("mp-materials", "loan", "dod", Modality.Actual), Fact(Of(claims, "$150 million")));
    }

    [Fact]
    public void A_sum_is_scoped_by_the_other_party_of_its_deal()
    {
        var apple = Assert.Single(Read("Apple commits $500 million to MP Materials for recycled magnets."));
        Assert.Equal(("mp-materials", "investment", "apple"), (apple.Subject, apple.Attribute, apple.Scope));
    }

    [Fact]
    public void A_list_under_a_heading_takes_its_measure_from_the_heading()
    {
        var claims = Read("The largest rare earth reserves are found in these countries:\n1. China: 44 million metric tons\n2. Brazil: 21 million metric tons");
        Assert.Equal(("china", "reserves", null, Modality.Actual), Fact(Of(claims, "44 million")));
        Assert.Equal(("brazil", "reserves", null, Modality.Actual), Fact(Of(claims, "21 million")));
    }

    [Fact]
    public void A_goal_by_a_year_is_a_target()
    {
        var claims = Read("The EU aims to mine 10%, process 40% of its needs by 2030.");
        var mining = Of(claims, "10%");
        Assert.Equal(("european-union", "mining-share", Modality.Target), (mining.Subject, mining.Attribute, mining.Modality));
        Assert.Equal(Modality.Target, Of(claims, "40%").Modality);
    }

    [Fact]
    public void No_more_than_is_a_cap_and_an_upper_bound()
    {
        var claim = Assert.Single(Read("Under the rule, the EU may source no more than 65% of its refining from a single country."));
        Assert.Equal(("european-union", "refining-share", Modality.Cap), (claim.Subject, claim.Attribute, claim.Modality));
        Assert.Equal((null, 65.0, Qualifier.AtMost), (claim.Value!.Low, claim.Value.High, claim.Value.Qualifier));
    }

    [Fact]
    public void Expected_to_reach_is_a_forecast()
    {
        var claim = Assert.Single(Read("Vulcan Elements is expected to reach a capacity of 10,000 tonnes a year."));
        Assert.Equal(("vulcan-elements", "production-capacity", Modality.Forecast), (claim.Subject, claim.Attribute, claim.Modality));
    }

    [Fact]
    public void A_tonnage_of_output_is_a_claim()
    {
        var claim = Assert.Single(Read("China produced 270,000 tonnes of rare earths in 2024."));
        Assert.Equal(("china", "mine-output", null, Modality.Actual), Fact(claim));
        Assert.Equal(270_000, claim.Value!.Low);
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Fact]
    public void World_output_is_about_the_world()
    {
        var claim = Assert.Single(Read("Global output of rare earths reached 390,000 tonnes in 2024."));
        Assert.Equal(("world", "mine-output"), (claim.Subject, claim.Attribute));
    }

    [Fact]
    public void An_event_date_is_the_countrys_whichever_office_gives_it()
    {
        var claim = Assert.Single(Read("The Ministry of Commerce announced the new controls on October 9, 2025."));
        Assert.Equal(("china", "announced-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 10, 9), claim.DateValue!.From);
    }

    [Fact]
    public void Two_countries_named_together_are_one_subject()
    {
        var claim = Assert.Single(Read("The U.S. and Australia will each invest $1 billion in mining projects."));
        Assert.Equal(("australia+united-states", "investment", "each", Modality.Actual), Fact(claim));
    }

    [Fact]
    public void The_two_governments_are_the_pair_named_before()
    {
        var claims = Read("Trump and Albanese signed a minerals framework at the White House. The two governments will invest $2 billion together.");
        Assert.Equal(("australia+united-states", "investment", "combined", Modality.Actual), Fact(Of(claims, "$2 billion")));
    }

    [Fact]
    public void A_weekday_is_the_last_such_day_before_the_dateline()
    {
        var claim = Assert.Single(Read("Lynas announced the first separated terbium on Monday."));
        Assert.Equal(("lynas", "announced-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 11, 17), claim.DateValue!.From);
    }

    [Fact]
    public void Of_two_joined_measures_the_first_is_the_values()
    {
        var claim = Assert.Single(Read("China holds roughly 80% of the world's supply and processing capacity."));
        Assert.Equal(("china", "supply-share", null, Modality.Actual), Fact(claim));
    }

    [Fact]
    public void Relying_on_a_source_leaves_the_importer_the_subject()
    {
        var claims = Read("Japan cut its exposure after 2010. Even so, it still relies on China for about 60% of its rare earth imports.");
        Assert.Equal(("japan", "import-reliance", null, Modality.Actual), Fact(Assert.Single(claims)));
    }

    [Fact]
    public void A_later_clauses_year_is_not_the_figures_period()
    {
        var claim = Assert.Single(Read("The deal sets a floor of $110 per kilogram for MP Materials, which plans to open its plant in 2028."));
        Assert.Equal(("mp-materials", "price-floor"), (claim.Subject, claim.Attribute));
        Assert.Null(claim.Time);
        Assert.Equal(Written, claim.AsOf);
    }

    [Fact]
    public void X_has_the_worlds_Nth_largest_M_is_a_rank()
    {
        var claim = Assert.Single(Read("Canada has the world's fifth-largest rare earth reserves."));
        Assert.Equal(("canada", "reserves-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal((5.0, "rank"), (claim.Value!.Low!.Value, claim.Value.Unit));
        Assert.Equal(Written, claim.AsOf);
    }

    [Fact]
    public void X_ranks_Nth_in_M()
    {
        var claim = Assert.Single(Read("In 2024 Russia ranked sixth in rare earth reserves."));
        Assert.Equal(("russia", "reserves-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal(6, claim.Value!.Low);
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Fact]
    public void X_is_the_Nth_biggest_producer()
    {
        var claim = Assert.Single(Read("Vietnam is the third biggest producer of rare earths."));
        Assert.Equal(("vietnam", "output-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal(3, claim.Value!.Low);
    }

    [Fact]
    public void The_No_N_producer_is_a_rank()
    {
        var claim = Assert.Single(Read("India is the No. 4 producer of rare earths."));
        Assert.Equal(("india", "output-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal(4, claim.Value!.Low);
    }

    [Fact]
    public void Top_is_not_a_rank()
    {
        Assert.Empty(Read("Vietnam is among the top three producers of rare earths."));
    }

    [Fact]
    public void A_ranked_list_gives_each_item_its_place_and_keeps_its_tonnage()
    {
        var claims = Read("The top countries by rare earth reserves are:\n1. China: 44 million metric tons\n2. Brazil: 21 million metric tons");
        var brazil = claims.Where(c => c.Subject == "brazil").ToDictionary(c => c.Attribute, c => c.Value!.Low!.Value);
        Assert.Equal(2, brazil["reserves-rank"]);
        Assert.Equal(21_000_000, brazil["reserves"]);
        var china = Assert.Single(claims, c => c.Subject == "china" && c.Attribute == "reserves-rank");
        Assert.Equal((null, Modality.Actual, 1.0), (china.Scope, china.Modality, china.Value!.Low!.Value));
    }

    [Fact]
    public void The_numbers_of_a_list_that_does_not_rank_are_no_ranks()
    {
        var claims = Read("Rare earth reserves of the partner countries are as follows:\n1. India: 6.9 million metric tons\n2. Canada: 830,000 metric tons");
        Assert.Equal(["reserves", "reserves"], claims.Select(c => c.Attribute));
        Assert.Equal(["india", "canada"], claims.Select(c => c.Subject));
    }

    [Fact]
    public void Half_of_M_is_a_share_of_50_percent()
    {
        var claim = Assert.Single(Read("China holds about half of the world's rare earth reserves."));
        Assert.Equal(("china", "reserves-share", null, Modality.Actual), Fact(claim));
        Assert.Equal((50.0, Qualifier.Approximate), (claim.Value!.Low!.Value, claim.Value.Qualifier));
    }

    [Fact]
    public void Two_thirds_of_M_is_a_share_of_about_67_percent()
    {
        var claim = Assert.Single(Read("Japan imports two-thirds of its rare earths from China."));
        Assert.Equal(("japan", "import-reliance", null, Modality.Actual), Fact(claim));
        Assert.Equal(66.67, claim.Value!.Low!.Value, 0.01);
        Assert.Equal(Qualifier.Approximate, claim.Value.Qualifier);
    }

    [Fact]
    public void An_events_date_is_scoped_by_the_other_party_it_names()
    {
        var apple = Assert.Single(Read("MP Materials agreed to sell magnets to Apple, the two companies announced on Monday."));
        Assert.Equal(("mp-materials", "announced-on", "apple", Modality.Actual), Fact(apple));
        var pentagon = Assert.Single(Read("The Pentagon will invest in MP Materials, the company announced on July 10."));
        Assert.Equal(("mp-materials", "announced-on", "dod", Modality.Actual), Fact(pentagon));
    }

    [Fact]
    public void A_date_that_opens_the_sentence_is_the_following_actors()
    {
        var claim = Assert.Single(Read("On November 3, 2025, Vulcan Elements announced a new magnet plant."));
        Assert.Equal(("vulcan-elements", "announced-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 11, 3), claim.DateValue!.From);
    }

    [Fact]
    public void A_stake_is_a_share_of_the_company_it_is_in()
    {
        var claims = Read("MP Materials signed a deal with the Pentagon. Under it, the DoD will acquire a 15% stake in the company.");
        Assert.Equal(("mp-materials", "equity-stake", null, Modality.Actual), Fact(Of(claims, "15%")));
    }

    [Fact]
    public void A_non_China_source_names_no_subject()
    {
        var claims = Read("Lynas began selling heavy rare earths from Malaysia, offering a non-China source, it said on Monday.");
        Assert.Equal(("lynas", "announced-on"), (Assert.Single(claims).Subject, claims[0].Attribute));
    }

    [Fact]
    public void A_dated_act_by_X_is_Xs()
    {
        var claim = Assert.Single(Read("The suspension was announced Friday by China's Ministry of Commerce."));
        Assert.Equal(("china", "announced-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 11, 14), claim.DateValue!.From);
    }

    [Fact]
    public void A_capital_speaks_for_its_government_across_a_paragraph_break()
    {
        var claims = Read("Tokyo promised in 2010 to find other suppliers.\n\nYet it still relies on China for about 60% of its rare earth imports.");
        Assert.Equal(("japan", "import-reliance"), (Of(claims, "60%").Subject, Of(claims, "60%").Attribute));
    }

    [Fact]
    public void A_datelines_city_is_not_the_actor()
    {
        var claim = Assert.Single(Read("WASHINGTON, Nov. 3, 2025 -- Vulcan Elements announced a new magnet plant."));
        Assert.Equal(("vulcan-elements", "announced-on"), (claim.Subject, claim.Attribute));
    }

    [Fact]
    public void A_list_names_south_africa_not_africa()
    {
        var claims = Read("The largest reserves are as follows:\n9. South Africa: 790,000 metric tons");
        Assert.Equal(("south-africa", "reserves"), (Of(claims, "790,000").Subject, Of(claims, "790,000").Attribute));
    }

    [Fact]
    public void What_resources_are_worth_is_no_investment()
    {
        var claims = Read("The two governments will invest $2 billion together, in projects whose resources are worth $40 billion.");
        Assert.DoesNotContain(claims, c => c.Value!.Low == 40e9);
    }

    [Fact]
    public void Bln_is_a_billion()
    {
        var claim = Assert.Single(Read("US, Australia sign $3 Bln minerals deal"));
        Assert.Equal(3e9, claim.Value!.Low);
    }

    [Fact]
    public void A_benchmark_is_a_market_price()
    {
        var claim = Assert.Single(Read("China's NdPr oxide benchmark stood at about $60/kg in July."));
        Assert.Equal(("ndpr", "market-price"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("Noveon will grow its 100% vertically-integrated magnet supply chain in Texas.")]
    [InlineData("The plant runs a 100% domestically sourced magnet line.")]
    public void N_percent_before_an_adverb_and_its_adjective_is_no_share(string text)
    {
        Assert.DoesNotContain(Read(text), c => c.Value?.Unit == "%");
    }

    [Fact]
    public void A_share_followed_by_an_adverb_alone_is_still_a_share()
    {
        var claim = Assert.Single(Read("China refines about 90% globally, and the rest is done in Malaysia."));
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(claim));
    }
}
