using System.Globalization;
using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>A range of dates is one mention spanning from the first to the last (README of the gold standard).</summary>
public sealed class DateRangeTests
{
    private static readonly DateOnly InOctober2025 = new(2025, 10, 20);

    private static DateSpan Span(string from, string to) =>
        new(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("據統計,1979年至2001年,中國稀土出口", "1979年至2001年", "1979-01-01", "2001-12-31")]
    [InlineData("2002年到2005年,出口均價腰斬", "2002年到2005年", "2002-01-01", "2005-12-31")]
    [InlineData("2020年至2021年因新能源汽車需求暴漲", "2020年至2021年", "2020-01-01", "2021-12-31")]
    [InlineData("从2011年到2018年增加了", "2011年到2018年", "2011-01-01", "2018-12-31")]
    [InlineData("2024年10月至12月", "2024年10月至12月", "2024-10-01", "2024-12-31")]
    [InlineData("2024年10月9日—11月2日", "2024年10月9日—11月2日", "2024-10-09", "2024-11-02")]
    [InlineData("imports came from China in 2020 through 2023, with", "2020 through 2023", "2020-01-01", "2023-12-31")]
    [InlineData("prices from 2020 to 2023 rose", "2020 to 2023", "2020-01-01", "2023-12-31")]
    [InlineData("2020 to 2023 was a period of", "2020 to 2023", "2020-01-01", "2023-12-31")]
    [InlineData("exports in 2020-2023 fell", "2020-2023", "2020-01-01", "2023-12-31")]
    [InlineData("during 2020-23 prices fell", "2020-23", "2020-01-01", "2023-12-31")]
    [InlineData("talks on October 9–10, 2025 in", "October 9–10, 2025", "2025-10-09", "2025-10-10")]
    public void Two_dates_joined_by_a_connector_are_one_span(string text, string surface, string from, string to)
    {
        var mention = Values.Single(text);
        Assert.Equal(MentionKind.Date, mention.Kind);
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(Span(from, to), mention.Date);
    }

    [Theory]
    [InlineData("10月25日至26日,在吉隆坡舉行", "10月25日至26日", "2025-10-25", "2025-10-26")]
    [InlineData("talks in London (June 9-10)", "June 9-10", "2025-06-09", "2025-06-10")]
    [InlineData("10月至12月", "10月至12月", "2025-10-01", "2025-12-31")]
    [InlineData("from June to August 2024", "June to August 2024", "2024-06-01", "2024-08-31")]
    public void The_second_date_takes_what_it_leaves_out_from_the_first(string text, string surface, string from, string to)
    {
        var mention = Values.Single(text, InOctober2025);
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(Span(from, to), mention.Date);
    }

    [Theory]
    [InlineData("2025年到期")]
    [InlineData("2020年至今")]
    [InlineData("from 2020 to 2023 tonnes")]
    public void A_connector_without_a_later_date_after_it_is_no_range(string text)
    {
        Assert.DoesNotContain(Values.In(text, InOctober2025), m => m.Kind == MentionKind.Date && m.Date!.To.Year > m.Date.From.Year);
    }

    [Fact]
    public void A_dash_between_bare_numbers_is_a_range_of_dates_only_where_a_date_is_meant()
    {
        Assert.DoesNotContain(Values.In("codes 2020-2023 and"), m => m.Kind == MentionKind.Date);
    }
}
