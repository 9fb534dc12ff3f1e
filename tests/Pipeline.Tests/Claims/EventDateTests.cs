using Pipeline.Claims;
using static Pipeline.Tests.Claims.ClaimReading;

namespace Pipeline.Tests.Claims;

/// <summary>Dates of events no date is written for, and what takes effect: a suspension, "effective immediately", 自即日起.</summary>
public sealed class EventDateTests
{
    [Fact]
    public void Effective_immediately_is_the_announcements_day_and_an_appositive_names_the_suspension()
    {
        var claims = Read("According to a statement released Friday by the Ministry of Commerce, the suspension, effective immediately "
            + "and valid through March 31, 2026, covers the rules introduced in October.");

        var effective = Assert.Single(claims, c => c.Attribute == "takes-effect");
        Assert.Equal(("china", "takes-effect", "suspension", Modality.Actual), Fact(effective));
        Assert.Equal(new DateOnly(2025, 11, 14), effective.DateValue!.From); // the Friday before the 20 Nov dateline
        Assert.Equal(new DateOnly(2026, 3, 31), Assert.Single(claims, c => c.Attribute == "ends-on").DateValue!.From);
    }

    [Fact]
    public void Effective_immediately_with_no_announcement_dated_is_the_documents_day()
    {
        var claim = Assert.Single(Read("China's new licensing rules for graphite exports are effective immediately."));
        Assert.Equal(("china", "takes-effect", "graphite", Modality.Actual), Fact(claim));
        Assert.Equal(Written, claim.DateValue!.From);
    }

    [Theory]
    [InlineData("商务部昨天发布公告。公告称，经研究决定，自即日起至2026年3月31日，商务部公告2025年第61号暂停实施。")]
    [InlineData("商務部昨天發布公告。公告稱，經研究決定，自即日起至2026年3月31日，商務部公告2025年第61號暫停實施。")]
    public void 自即日起至Y_is_in_force_from_the_announcements_day_until_Y(string text)
    {
        var claims = Read(text, "zh");
        var effective = Assert.Single(claims, c => c.Attribute == "takes-effect");
        Assert.Equal(("china", "takes-effect", "suspension", Modality.Actual), Fact(effective));
        Assert.Equal(new DateOnly(2025, 11, 19), effective.DateValue!.From); // 昨天 of the 20 Nov dateline
        var ends = Assert.Single(claims, c => c.Attribute == "ends-on");
        Assert.Equal(("china", "suspension", new DateOnly(2026, 3, 31)), (ends.Subject, ends.Scope, ends.DateValue!.From));
    }

    [Theory]
    [InlineData("商务部与海关总署联合公告，自12月1日暂停实施上月公布的出口管制措施。")]
    [InlineData("商務部與海關總署聯合公告，自12月1日暫停實施上月公布的出口管制措施。")]
    public void 自X暂停实施_is_the_day_the_suspension_takes_effect(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "takes-effect");
        Assert.Equal(("china", "takes-effect", "suspension", Modality.Actual), Fact(claim));
        Assert.Equal(new DateOnly(2025, 12, 1), claim.DateValue!.From);
    }

    [Theory]
    [InlineData("海关总署撤销了暂停进口加拿大原木的公告，并自2025年12月1日起恢复进口。")]
    [InlineData("海關總署撤銷了暫停進口加拿大原木的公告，並自2025年12月1日起恢復進口。")]
    public void Resuming_what_was_suspended_is_no_suspension(string text)
    {
        var claim = Assert.Single(Read(text, "zh"));
        Assert.Equal(("china", "takes-effect", null), (claim.Subject, claim.Attribute, claim.Scope));
    }

    [Theory]
    [InlineData("而昨晚，商务部与海关总署联合发布了新的公告。")]
    [InlineData("而昨晚，商務部與海關總署聯合發布了新的公告。")]
    public void A_date_after_a_sentence_opening_conjunction_dates_who_acts_next(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "announced-on");
        Assert.Equal(("china", new DateOnly(2025, 11, 19)), (claim.Subject, claim.DateValue!.From));
    }

    [Fact]
    public void The_announcement_in_the_next_sentence_is_the_previous_subjects()
    {
        var claim = Assert.Single(Read("China declared a pause of its export controls. The announcement came on November 7, 2025, at 6:36 AM EST."),
            c => c.Attribute == "announced-on");
        Assert.Equal(("china", new DateOnly(2025, 11, 7)), (claim.Subject, claim.DateValue!.From));
    }

    [Theory]
    [InlineData("商务部宣布暂停有关措施。该公告于11月7日发布。")]
    [InlineData("商務部宣布暫停有關措施。該公告於11月7日發布。")]
    public void 该公告_is_the_previous_subjects_announcement(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.DateValue?.From == new DateOnly(2025, 11, 7));
        Assert.Equal(("china", "announced-on"), (claim.Subject, claim.Attribute));
    }

    [Theory]
    [InlineData("Minerals pact agreed between Australia and U.S.\nPublished: 2025-09-30\n\nThe two governments will each invest $1 billion.", "en")]
    [InlineData("澳大利亚与美国签署矿产协议\n发布时间：2025年9月30日\n\n两国政府将各投入10亿美元。", "zh")]
    [InlineData("澳洲與美國簽署礦產協議\n發佈時間：2025年9月30日\n\n兩國政府將各投入10億美元。", "zh")]
    public void A_dateline_label_dates_the_page_not_an_announcement(string text, string language)
    {
        var claims = Read(text, language);
        Assert.DoesNotContain(claims, c => c.DateValue?.From == new DateOnly(2025, 9, 30));
    }

    [Theory]
    [InlineData("特朗普14日在白宫会晤日本首相时表示，两国将在关键矿产上加强合作。")]
    [InlineData("川普14日在白宮會晤日本首相時表示，兩國將在關鍵礦產上加強合作。")]
    public void What_a_leader_says_while_meeting_another_is_no_announcement(string text)
    {
        Assert.DoesNotContain(Read(text, "zh"), c => c.Attribute == "announced-on");
    }

    [Theory]
    [InlineData("中国商务部9日宣布对五种稀土实施出口管制。")]
    [InlineData("中國商務部9日宣布對五種稀土實施出口管制。")]
    public void A_ministry_announcing_on_a_day_still_dates_its_announcement(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "announced-on");
        Assert.Equal("china", claim.Subject);
        Assert.Equal(9, claim.DateValue!.From.Day);
    }

    [Theory]
    [InlineData("今年4月，中国对钆、钐等六种稀土实施出口许可制，冲击了海外军工供应链。")]
    [InlineData("今年4月，中國對釓、釤等六種稀土實施出口許可制，衝擊了海外軍工供應鏈。")]
    [InlineData("2025年4月，中国对六类稀土物项实施出口管制。")]
    [InlineData("2025年4月，中國對六類稀土物項實施出口限制。")]
    public void 某月对X实施出口管制_dates_the_controls_imposition(string text)
    {
        var claim = Assert.Single(Read(text, "zh"), c => c.Attribute == "announced-on");
        Assert.Equal(("china", "announced-on"), (claim.Subject, claim.Attribute));
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)), (claim.DateValue!.From, claim.DateValue.To));
    }

    [Fact]
    public void Controls_imposed_in_a_month_are_dated_by_their_imposition()
    {
        var claim = Assert.Single(Read("In April, China imposed export controls on six heavy rare earths."), c => c.Attribute == "announced-on");
        Assert.Equal(("china", "announced-on"), (claim.Subject, claim.Attribute));
        Assert.Equal(new DateOnly(2025, 4, 1), claim.DateValue!.From);
    }
}
