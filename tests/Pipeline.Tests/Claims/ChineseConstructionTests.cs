using Pipeline.Claims;
using Pipeline.Extraction;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>
/// The Chinese phrases a claim is read from, in Simplified and Traditional script (sentences in
/// the team's own words): each theory states the same fact in both scripts.
/// </summary>
public sealed class ChineseConstructionTests
{
    [Theory]
    [InlineData("中国占全球稀土精炼产能的90%。")]
    [InlineData("中國佔全球稀土精煉產能的90%。")]
    public void X占全球M的N(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(90, claim.Value!.Low);
    }

    [Theory]
    [InlineData("中国的稀土储量占全球49%。")]
    [InlineData("中國的稀土儲量佔全球49%。")]
    public void X的M占全球N(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "reserves-share", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("2024年中国的稀土开采量占全球的近70%。", "zh")]
    [InlineData("2024年中國的稀土開採量佔全球的將近七成。", "zh")]
    [InlineData("In 2024 China mined nearly 70% of the world's rare earths.", "en")]
    public void 近N_is_just_under_N_not_around_it(string text, string language)
    {
        var claim = Assert.Single(Read(text, language));
        Assert.Equal(("china", "mining-share", null, Modality.Actual), Fact(claim));
        Assert.Equal((null, 70d, Qualifier.Nearly), (claim.Value!.Low, claim.Value.High, claim.Value.Qualifier));
        Assert.Equal(2024, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("全球92%的稀土分离产能集中在中国。")]
    [InlineData("全球92%的稀土分離產能集中在中國。")]
    public void 全球N的M集中在X(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("中国控制着全球70%的开采和90%的精炼。")]
    [InlineData("中國控制著全球70%的開採和90%的精煉。")]
    public void X控制着全球N的M和K的M2_makes_two_claims(string text)
    {
        var claims = Read(text, "zh");
        Assert.Equal(("china", "mining-share", null, Modality.Actual), Fact(Of(claims, "70%")));
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(Of(claims, "90%")));
    }

    [Theory]
    [InlineData("2024年全球稀土产量为39万吨，其中中国贡献27万吨，占比69%。")]
    [InlineData("2024年全球稀土產量為39萬噸，其中中國貢獻27萬噸，佔比69%。")]
    public void M占比N_continues_the_clause_before(string text)
    {
        var claims = Read(text, "zh");
        var world = Of(claims, "39");
        Assert.Equal(("world", "mine-output", 390_000.0), (world.Subject, world.Attribute, world.Value!.Low!.Value));
        var china = Of(claims, "27");
        Assert.Equal(("china", "mine-output", 270_000.0), (china.Subject, china.Attribute, china.Value!.Low!.Value));
        var share = Of(claims, "69%");
        Assert.Equal(("china", "mining-share"), (share.Subject, share.Attribute));
        Assert.All(claims, c => Assert.Equal(2024, c.Time!.From.Year));
    }

    [Theory]
    [InlineData("中国中重稀土的精炼份额高达99%。")]
    [InlineData("中國中重稀土的精煉份額高達99%。")]
    public void Heavy_rare_earths_narrow_the_measure(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "refining-share", "heavy-rare-earths", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("欧盟规定，来自单一国家的精炼份额不得超过65%。")]
    [InlineData("歐盟規定，來自單一國家的精煉份額不得超過65%。")]
    public void 不得超过_is_a_cap_and_an_upper_bound(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("european-union", "refining-share", null, Modality.Cap), Fact(claim));
        Assert.Equal((null, 65.0, Qualifier.AtMost), (claim.Value!.Low, claim.Value.High, claim.Value.Qualifier));
    }

    [Theory]
    [InlineData("欧盟的目标是到2030年本土加工满足40%的需求。")]
    [InlineData("歐盟的目標是到2030年本土加工滿足40%的需求。")]
    public void A_goal_for_2030_is_a_target_of_demand(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("european-union", "refining-share", "demand", Modality.Target), Fact(claim));
        Assert.Equal(2030, claim.Time!.From.Year);
    }

    [Theory]
    [InlineData("美国国防部向MP材料提供1.5亿美元贷款。")]
    [InlineData("美國國防部向MP材料提供1.5億美元貸款。")]
    public void A_loan_is_about_the_company_that_gets_it(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("mp-materials", "loan"), (claim.Subject, claim.Attribute));
        Assert.Equal(1.5e8, claim.Value!.Low);
    }

    [Theory]
    [InlineData("价格在40%至50%之间的说法不对，中国稀土产量占全球的40%至50%。")]
    [InlineData("價格在40%至50%之間的說法不對，中國稀土產量佔全球的40%至50%。")]
    public void N至K_is_one_range(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Subject == "china");
        Assert.Equal(("mining-share", 40.0, 50.0, Qualifier.Range), (claim.Attribute, claim.Value!.Low!.Value, claim.Value.High!.Value, claim.Value.Qualifier));
    }

    [Theory]
    [InlineData("商务部于2025年10月9日发布公告。")]
    [InlineData("商務部於2025年10月9日發佈公告。")]
    public void An_announcement_by_the_ministry_is_Chinas(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "announced-on", new DateOnly(2025, 10, 9)), (claim.Subject, claim.Attribute, claim.DateValue!.From));
    }

    [Theory]
    [InlineData("美国总统特朗普与澳大利亚总理阿尔巴尼斯18日签署了一项关键矿产协议。")]
    [InlineData("美國總統川普與澳洲總理艾班尼斯18日簽署了一項關鍵礦產協議。")]
    public void 两国领导人N日签署_is_the_pairs_signing_date(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia+united-states", "signed-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 11, 18), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("美国与澳大利亚签署协议，两国将各自投入10亿美元。")]
    [InlineData("美國與澳洲簽署協議，兩國將各自投入10億美元。")]
    public void 两国各自投入_is_each_of_the_pair(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia+united-states", "investment", "each", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("中国占稀土开采70%、加工90%、永磁体制造93%。")]
    [InlineData("中國佔稀土開採70%、加工90%、永磁體製造93%。")]
    public void Words_after_a_list_mark_belong_to_the_next_item(string text)
    {
        var claims = Read(text, "zh");
        Assert.Equal(("china", "refining-share", null, Modality.Actual), Fact(Of(claims, "90%")));
        Assert.Equal(("china", "magnet-share", null, Modality.Actual), Fact(Of(claims, "93%")));
    }

    [Theory]
    [InlineData("在日本的稀土进口中，来自中国的占比已升至60%。")]
    [InlineData("在日本的稀土進口中，來自中國的佔比已升至60%。")]
    public void 来自X的占比_is_the_importers_reliance_on_X(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("japan", "import-reliance", null, Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("加拿大拥有全球第五大稀土储量。")]
    [InlineData("加拿大擁有全球第五大稀土儲量。")]
    public void X拥有全球第N大M_is_a_rank(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("canada", "reserves-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal((5.0, "rank"), (claim.Value!.Low!.Value, claim.Value.Unit));
        Assert.Null(claim.Time);
    }

    [Theory]
    [InlineData("印度的稀土储量位居全球第5。")]
    [InlineData("印度的稀土儲量位居全球第5。")]
    public void X的M位居全球第N_is_a_rank(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("india", "reserves-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal(5, claim.Value!.Low);
    }

    [Theory]
    [InlineData("2024年，越南凭借350万吨储量排名第六。")]
    [InlineData("2024年，越南憑藉350萬噸儲量排名第六。")]
    public void X以N吨排名第K_states_the_tonnage_and_the_rank(string text)
    {
        var claims = Read(text, "zh");
        var tonnes = Of(claims, "350");
        Assert.Equal(("vietnam", "reserves", null, Modality.Actual), Fact(tonnes));
        var rank = Of(claims, "第六");
        Assert.Equal(("vietnam", "reserves-rank", null, Modality.Actual), Fact(rank));
        Assert.Equal(6, rank.Value!.Low);
        Assert.Equal(2024, rank.Time!.From.Year);
    }

    [Theory]
    [InlineData("产量第三的缅甸正在扩大开采。")]
    [InlineData("產量第三的緬甸正在擴大開採。")]
    public void M第N的X_ranks_the_name_it_modifies(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("myanmar", "output-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal(3, claim.Value!.Low);
    }

    [Theory]
    [InlineData("1990年，中国的稀土产量超过美国，成为世界第一。")]
    [InlineData("1990年，中國的稀土產量超過美國，成為世界第一。")]
    public void The_name_a_country_overtakes_is_not_the_one_ranked(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "output-rank", null, Modality.Actual), Fact(claim));
        Assert.Equal(1, claim.Value!.Low);
    }

    [Theory]
    [InlineData("印度拥有世界第二大钢铁市场，稀土产量却不高。")]
    [InlineData("印度擁有世界第二大鋼鐵市場，稀土產量卻不高。")]
    public void A_superlative_ranks_the_noun_after_it_and_no_measure_elsewhere(string text)
    {
        Assert.Empty(Read(text, "zh"));
    }

    [Theory]
    [InlineData("稀土储量排名前五的国家：\n1、中国：4400万吨\n2、巴西：2100万吨")]
    [InlineData("稀土儲量排名前五的國家：\n1、中國：4400萬噸\n2、巴西：2100萬噸")]
    public void A_ranked_list_gives_each_item_its_place_and_keeps_its_tonnage(string text)
    {
        var claims = Read(text, "zh");
        var brazil = claims.Where(c => c.Subject == "brazil").ToDictionary(c => c.Attribute, c => c.Value!.Low!.Value);
        Assert.Equal(2, brazil["reserves-rank"]);
        Assert.Equal(21_000_000, brazil["reserves"]);
        Assert.Equal(1, Assert.Single(claims, c => c.Subject == "china" && c.Attribute == "reserves-rank").Value!.Low);
    }

    [Theory]
    [InlineData("巴西的稀土储量占全球四分之一。")]
    [InlineData("巴西的稀土儲量佔全球四分之一。")]
    public void X的M占全球四分之一_is_a_share_of_25_percent(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("brazil", "reserves-share", null, Modality.Actual), Fact(claim));
        Assert.Equal((25.0, "%", Qualifier.Exact), (claim.Value!.Low!.Value, claim.Value.Unit, claim.Value.Qualifier));
    }

    [Theory]
    [InlineData("印度提炼了全球三分之一的稀土。")]
    [InlineData("印度提煉了全球三分之一的稀土。")]
    public void A_third_is_a_share_of_about_33_percent(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("india", "refining-share", null, Modality.Actual), Fact(claim));
        Assert.Equal(33.33, claim.Value!.Low!.Value, 0.01);
        Assert.Equal(Qualifier.Approximate, claim.Value.Qualifier);
    }

    [Theory]
    [InlineData("11月18日澳大利亚总理阿尔巴尼斯访问华盛顿，同美国总统特朗普签署关键矿产协议。")]
    [InlineData("11月18日澳洲總理艾班尼斯訪問華盛頓，同美國總統川普簽署關鍵礦產協議。")]
    public void 日期开句_X同Y签署_is_the_pairs_signing_date(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia+united-states", "signed-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 11, 18), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("美国总统特朗普与澳大利亚总理阿尔巴尼斯18日在白宫会面，双方签署关键矿产协议。")]
    [InlineData("美國總統川普與澳洲總理艾班尼斯18日在白宮會面，雙方簽署關鍵礦產協議。")]
    public void A_dates_event_may_be_named_in_the_next_clause(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia+united-states", "signed-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 11, 18), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("美澳携手 共同投入20亿美元开发关键矿产")]
    [InlineData("美澳攜手 共同投入20億美元開發關鍵礦產")]
    public void 美澳_is_the_two_countries(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia+united-states", "investment", "combined", Modality.Actual), Fact(claim));
    }

    [Fact]
    public void 中美洲_is_no_pair()
    {
        Assert.DoesNotContain(Read("中美洲国家共同投入20亿美元开发矿产。", "zh"), c => c.Subject.Contains('+'));
    }

    [Theory]
    [InlineData("莱纳斯宣布扩建工厂。美国国防部提供2.58亿美元资助，支持其在德州建厂。")]
    [InlineData("萊納斯宣布擴建工廠。美國國防部提供2.58億美元資助，支持其在德州建廠。")]
    public void Who_gives_the_money_is_not_whom_it_is_about(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "grant"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("商务部发布2025年第70号公告，暂停实施出口管制。")]
    [InlineData("商務部發布2025年第70號公告，暫停實施出口管制。")]
    public void A_year_alone_dates_no_act(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute == "announced-on");
    }

    [Theory]
    [InlineData("美国产量规模远不及中国，计划到2026年达到3000吨产能。")]
    [InlineData("美國產量規模遠不及中國，計劃到2026年達到3000噸產能。")]
    public void X不及Y_leaves_Y_no_subject(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("united-states", "production-capacity"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("金砖国家（中国、巴西、印度、俄罗斯）储量合计达7000万吨。")]
    [InlineData("金磚國家（中國、巴西、印度、俄羅斯）儲量合計達7000萬噸。")]
    public void A_bracketed_list_glosses_a_group_and_labels_no_one(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Subject == "russia");
    }

    [Theory]
    [InlineData("中国加强出口管制后，镝价格升至每公斤800美元。")]
    [InlineData("中國加強出口管制後，鏑價格升至每公斤800美元。")]
    public void The_price_is_the_nearest_materials(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "market-price");
        Assert.Equal("dy", claim.Subject);
    }

    [Theory]
    [InlineData("美国和澳大利亚政府计划在未来半年内共同投资超过20亿美元。")]
    [InlineData("美國和澳洲政府計劃在未來半年內共同投資超過20億美元。")]
    public void A_plan_to_invest_is_the_pledge_itself(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("australia+united-states", "investment", "combined", Modality.Actual), Fact(claim));
    }

    [Theory]
    [InlineData("莱纳斯在马来西亚生产出氧化镝。公司计划6月投产氧化铽。")]
    [InlineData("萊納斯在馬來西亞生產出氧化鏑。公司計劃6月投產氧化鋱。")]
    public void 公司_is_the_company_named_last(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("lynas", "starts-production"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("2025年7月，莱纳斯与韩国一家公司签约，建设磁铁厂。")]
    [InlineData("2025年7月，萊納斯與韓國一家公司簽約，建設磁鐵廠。")]
    public void A_company_that_signs_with_a_country_is_still_the_company(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "signed-on");
        Assert.Equal("lynas", claim.Subject);
    }

    [Theory]
    [InlineData("中国周六（15日）祭出新的出口管制措施。")]
    [InlineData("中國周六（15日）祭出新的出口管制措施。")]
    public void X祭出措施_dates_an_announcement(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "announced-on", new DateOnly(2025, 11, 15)), (claim.Subject, claim.Attribute, claim.DateValue!.From));
    }

    [Theory]
    [InlineData("美国已投入3亿美元重启本土生产,规模远不及中国,计划到2027年达到5000吨产能 [4][9] 中国稀土产业概况")]
    [InlineData("美國已投入3億美元重啟本土生產,規模遠不及中國,計劃到2027年達到5000噸產能 [4][9] 中國稀土產業概況")]
    public void A_citation_mark_ends_its_sentence_before_a_heading(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "production-capacity");
        Assert.Equal("united-states", claim.Subject);
        Assert.DoesNotContain("概况", claim.Sentence.Replace("概況", "概况", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("中国在永磁材料领域申请国际专利800件,占全球总量35%。2024年中国稀土产量同比增长10%,占全球60%。")]
    [InlineData("中國在永磁材料領域申請國際專利800件,佔全球總量35%。2024年中國稀土產量同比增長10%,佔全球60%。")]
    public void A_share_after_a_count_of_patents_is_the_patents_share(string text)
    {
        var claims = Read(text, "zh");
        Assert.Equal(("china", "patent-share", null, Modality.Actual), Fact(Of(claims, "35%")));
        Assert.Equal(("china", "mining-share", null, Modality.Actual), Fact(Of(claims, "60%")));
    }

    [Theory]
    [InlineData("国防部承诺向MP Materials投资数十亿美元，另向该公司投资4亿美元。")]
    [InlineData("國防部承諾向MP Materials投資數十億美元，另向該公司投資4億美元。")]
    public void 数十亿_is_no_figure(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(400_000_000, claim.Value!.Low);
    }

    [Theory]
    [InlineData("2024年6月3日，美国稀土生产商 MP Materials 宣布扩建分离厂。")]
    [InlineData("2024年6月3日，美國稀土生產商 MP Materials 宣佈擴建分離廠。")]
    public void A_country_describing_the_company_after_it_is_not_the_subject(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "announced-on");
        Assert.Equal("mp-materials", claim.Subject);
    }

    [Theory]
    [InlineData("中国海关总署11月18日发布公告称，将于下周一即11月24日恢复两家外国企业的进口资质。")]
    [InlineData("中國海關總署11月18日發佈公告稱，將於下週一即11月24日恢復兩家外國企業的進口資質。")]
    public void 下周一即_date_is_one_date_and_not_the_announcements(string text)
    {
        var claims = Read(text, "zh");
        var announced = Assert.Single(claims, c => c.Attribute == "announced-on");
        Assert.Equal(new DateOnly(2025, 11, 18), announced.DateValue!.From);
        var effective = Assert.Single(claims, c => c.Attribute == "takes-effect");
        Assert.Equal(new DateOnly(2025, 11, 24), effective.DateValue!.From);
    }

    [Theory]
    [InlineData("中国海关总署撤销了暂停进口加拿大原木的公告，并自2025年12月1日起恢复进口。")]
    [InlineData("中國海關總署撤銷了暫停進口加拿大原木的公告，並自2025年12月1日起恢復進口。")]
    public void The_country_after_进口_is_the_goods_origin_not_the_actor(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "takes-effect"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("莱纳斯在2025年10月透露，将投资新建分离设施。")]
    [InlineData("萊納斯在2025年10月透露，將投資新建分離設施。")]
    public void X在某月透露_dates_an_announcement(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "announced-on");
        Assert.Equal(("lynas", new DateOnly(2025, 10, 1)), (claim.Subject, claim.DateValue!.From));
    }
}
