using System.Globalization;
using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>Quarters, halves, parts of months, centuries and years taken from the context.</summary>
public sealed class DatePeriodTests
{
    private static readonly DateOnly InOctober2025 = new(2025, 10, 20);

    private static DateSpan Span(string from, string to) =>
        new(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2025年前三季度,中国稀土永磁", "2025年前三季度", "2025-01-01", "2025-09-30")]
    [InlineData("2025年一季度財報", "2025年一季度", "2025-01-01", "2025-03-31")]
    [InlineData("2025年第一季度", "2025年第一季度", "2025-01-01", "2025-03-31")]
    [InlineData("2025年三季度", "2025年三季度", "2025-07-01", "2025-09-30")]
    [InlineData("2025年前8个月", "2025年前8个月", "2025-01-01", "2025-08-31")]
    [InlineData("MP2025年一季度財報", "2025年一季度", "2025-01-01", "2025-03-31")]
    [InlineData("2024年初", "2024年初", "2024-01-01", "2024-12-31")]
    [InlineData("2014年底", "2014年底", "2014-01-01", "2014-12-31")]
    [InlineData("to take effect in the fourth quarter of 2025.", "fourth quarter of 2025", "2025-10-01", "2025-12-31")]
    [InlineData("in the first half of 2025", "first half of 2025", "2025-01-01", "2025-06-30")]
    [InlineData("revenue in Q1 2025 rose", "Q1 2025", "2025-01-01", "2025-03-31")]
    [InlineData("in H2 2024", "H2 2024", "2024-07-01", "2024-12-31")]
    [InlineData("20世紀80年代,中國稀土產業狂飆突進", "20世紀80年代", "1980-01-01", "1989-12-31")]
    [InlineData("二十世纪九十年代", "二十世纪九十年代", "1990-01-01", "1999-12-31")]
    [InlineData("美國1835年申請了全球首件稀土相關專利", "1835年", "1835-01-01", "1835-12-31")]
    [InlineData("《2025礦物商品摘要》", "2025", "2025-01-01", "2025-12-31")]
    [InlineData("Mineral Commodity Summaries 2025, US mine production", "2025", "2025-01-01", "2025-12-31")]
    [InlineData("what the USGS 2025 summary tells us", "2025", "2025-01-01", "2025-12-31")]
    public void Parts_of_years_and_decades_are_dates(string text, string surface, string from, string to)
    {
        var mention = Values.Single(text);
        Assert.Equal(MentionKind.Date, mention.Kind);
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(Span(from, to), mention.Date);
    }

    [Theory]
    [InlineData("10月初,美國戰略金屬公司", "10月初", "2025-10-01", "2025-10-31")]
    [InlineData("10月中旬", "10月中旬", "2025-10-01", "2025-10-31")]
    [InlineData("10月底", "10月底", "2025-10-01", "2025-10-31")]
    [InlineData("今年10月,MP發布", "今年10月", "2025-10-01", "2025-10-31")]
    [InlineData("The October rules showed", "October", "2025-10-01", "2025-10-31")]
    [InlineData("Beijing puts October rare-earth rules on hold", "October", "2025-10-01", "2025-10-31")]
    [InlineData("The October announcements are suspended", "October", "2025-10-01", "2025-10-31")]
    [InlineData("after October's announcement", "October", "2025-10-01", "2025-10-31")]
    public void Months_without_a_year_take_the_document_year(string text, string surface, string from, string to)
    {
        var mention = Values.Single(text, InOctober2025);
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(Span(from, to), mention.Date);
    }

    [Theory]
    [InlineData("You May go")]
    [InlineData("April Smith said")]
    [InlineData("the October Revolution")]
    [InlineData("1000年前")]
    [InlineData("有1500年历史")]
    [InlineData("20世纪末")]
    [InlineData("2025年初步统计")]
    public void Words_and_numbers_that_only_look_like_periods_are_not_dates(string text)
    {
        Assert.DoesNotContain(Values.In(text, InOctober2025), m => m.Kind == MentionKind.Date && m.Surface != "2025年");
    }

    [Fact]
    public void The_same_year_is_the_year_written_last()
    {
        var dates = Values.In("1974年,徐光憲進行第三次擴大試驗。同年9月,他將這套工藝帶去包鋼。", InOctober2025)
            .Where(m => m.Kind == MentionKind.Date).ToList();
        Assert.Equal(2, dates.Count);
        Assert.Equal("同年9月", dates[1].Surface);
        Assert.Equal(Span("1974-09-01", "1974-09-30"), dates[1].Date);
    }

    [Fact]
    public void Without_a_document_date_a_partial_date_takes_the_year_written_last_with_a_note()
    {
        var readings = Values.Readings("2025年8月,MP發布財報。10月初,公司宣布。今年10月,MP發布的最新財報");
        Assert.Equal(3, readings.Count);
        Assert.Equal(Span("2025-10-01", "2025-10-31"), readings[1].Mention.Date);
        Assert.Equal(Span("2025-10-01", "2025-10-31"), readings[2].Mention.Date);
        Assert.NotNull(readings[1].Note);
        Assert.NotNull(readings[2].Note);
    }

    [Fact]
    public void A_date_a_span_runs_to_does_not_give_later_dates_its_year()
    {
        var dates = Values.In("2025年10月會晤後,中國暫停管制至2026年11月10日。11月14日彭博報道").Where(m => m.Kind == MentionKind.Date).ToList();
        Assert.Equal("11月14日", dates[^1].Surface);
        Assert.Equal(Span("2025-11-14", "2025-11-14"), dates[^1].Date);
    }

    [Fact]
    public void With_a_document_date_a_partial_date_takes_its_year_whatever_came_before()
    {
        var dates = Values.In("1974年,試驗成功。10月9日,商務部發布公告。", InOctober2025).Where(m => m.Kind == MentionKind.Date).ToList();
        Assert.Equal(Span("2025-10-09", "2025-10-09"), dates[1].Date);
    }
}
