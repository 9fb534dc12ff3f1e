using System.Globalization;
using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

public sealed class DateReaderTests
{
    private static readonly DateOnly InOctober2025 = new(2025, 10, 20);

    private static DateSpan Span(string from, string to) =>
        new(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2025年10月9日", "2025-10-09", "2025-10-09")]
    [InlineData("2025 年 10 月", "2025-10-01", "2025-10-31")]
    [InlineData("2025年10月", "2025-10-01", "2025-10-31")]
    [InlineData("2025年上半年", "2025-01-01", "2025-06-30")]
    [InlineData("2010年下半年", "2010-07-01", "2010-12-31")]
    [InlineData("2025年", "2025-01-01", "2025-12-31")]
    [InlineData("1990年代", "1990-01-01", "1999-12-31")]
    [InlineData("2025-10-09", "2025-10-09", "2025-10-09")]
    [InlineData("October 9, 2025", "2025-10-09", "2025-10-09")]
    [InlineData("Oct. 9, 2025", "2025-10-09", "2025-10-09")]
    [InlineData("9 October 2025", "2025-10-09", "2025-10-09")]
    [InlineData("July 2025", "2025-07-01", "2025-07-31")]
    public void Full_dates_need_no_document_date(string text, string from, string to)
    {
        var mention = Values.Single(text);
        Assert.Equal(MentionKind.Date, mention.Kind);
        Assert.Equal(text, mention.Surface);
        Assert.Equal(Span(from, to), mention.Date);
    }

    [Theory]
    [InlineData("10月9日", "10月9日", "2025-10-09", "2025-10-09")]
    [InlineData("於9月10日公佈", "9月10日", "2025-09-10", "2025-09-10")]
    [InlineData("on Oct. 9 the ministry", "Oct. 9", "2025-10-09", "2025-10-09")]
    [InlineData("talks in London (June 9-10)", "June 9-10", "2025-06-09", "2025-06-10")]
    [InlineData("In July the DoD", "July", "2025-07-01", "2025-07-31")]
    [InlineData("今年4月", "今年4月", "2025-04-01", "2025-04-30")]
    [InlineData("去年", "去年", "2024-01-01", "2024-12-31")]
    [InlineData("earlier this year", "this year", "2025-01-01", "2025-12-31")]
    [InlineData("output in 2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("the 2024 figures", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("by mid-2025", "2025", "2025-01-01", "2025-12-31")]
    [InlineData("上世纪90年代中期", "90年代中期", "1993-01-01", "1997-12-31")]
    [InlineData("80年代以来", "80年代", "1980-01-01", "1989-12-31")]
    [InlineData("20年代初", "20年代初", "2020-01-01", "2023-12-31")]
    [InlineData("90年代末期", "90年代末期", "1997-01-01", "1999-12-31")]
    public void Partial_dates_take_the_year_of_the_document(string text, string surface, string from, string to)
    {
        var mention = Values.Single(text, InOctober2025);
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(Span(from, to), mention.Date);
    }

    [Fact]
    public void Partial_dates_are_skipped_without_a_document_date()
    {
        Assert.Empty(Values.In("10月9日"));
        Assert.Empty(Values.In("on Oct. 9 the ministry"));
    }

    [Theory]
    [InlineData("2026财年")]
    [InlineData("2026財年")]
    [InlineData("FY2026")]
    public void Fiscal_years_are_read_as_the_calendar_year_with_a_note(string text)
    {
        var reading = Assert.Single(Values.Readings(text));
        Assert.Equal(text, reading.Mention.Surface);
        Assert.Equal(new DateSpan(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), reading.Mention.Date);
        Assert.NotNull(reading.Note);
    }

    [Theory]
    [InlineData("商务部第55號公告")]
    [InlineData("美国301调查")]
    [InlineData("Announcement No. 18")]
    [InlineData("we may 2 be")]
    public void Numbers_and_words_that_look_like_dates_are_not_dates(string text)
    {
        Assert.DoesNotContain(Values.In(text, InOctober2025), m => m.Kind == MentionKind.Date);
    }

    [Fact]
    public void Money_with_a_year_like_amount_is_money()
    {
        Assert.Equal(MentionKind.Money, Values.Single("支付2025美元").Kind);
    }
}
