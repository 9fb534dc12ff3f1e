using System.Globalization;
using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>Days news writes relative to its dateline (here Tuesday 21 October 2025).</summary>
public sealed class RelativeDayTests
{
    private static readonly DateOnly Dateline = new(2025, 10, 21);

    [Theory]
    [InlineData("两国领导人20日签署协议", "20日", "2025-10-20")]
    [InlineData("兩國領導人21日簽署協議", "21日", "2025-10-21")]
    [InlineData("部長於25日表示", "25日", "2025-09-25")] // later than the dateline's day: last month
    [InlineData("五角大廈周日 (19 日) 宣布", "周日 (19 日)", "2025-10-19")]
    [InlineData("商务部周四（16日）发布公告", "周四（16日）", "2025-10-16")]
    [InlineData("商务部星期五发布公告", "星期五", "2025-10-17")]
    [InlineData("海关总署昨傍晚发布公告", "昨傍晚", "2025-10-20")]
    [InlineData("将于下星期一恢复进口", "下星期一", "2025-10-27")]
    [InlineData("上周五宣布", "上周五", "2025-10-17")]
    [InlineData("本周四生效", "本周四", "2025-10-23")]
    [InlineData("公司昨天表示", "昨天", "2025-10-20")]
    [InlineData("the ministry said on Friday", "friday", "2025-10-17")]
    [InlineData("the company said Tuesday", "tuesday", "2025-10-21")]
    [InlineData("officials said yesterday", "yesterday", "2025-10-20")]
    public void Read_from_the_document_date(string text, string surface, string day)
    {
        var mention = Values.Single(text, Dateline);
        Assert.Equal(MentionKind.Date, mention.Kind);
        Assert.Equal(surface, mention.Surface, ignoreCase: true);
        Assert.Equal(DateSpan.Day(DateOnly.Parse(day, CultureInfo.InvariantCulture)), mention.Date);
    }

    [Theory]
    [InlineData("售价为100日元")] // yen
    [InlineData("将在30日内完成")] // within thirty days
    [InlineData("出口到5日本企业")]
    [InlineData("talks resume next Friday")]
    [InlineData("周年纪念")]
    public void Words_that_are_not_a_day_are_not_dates(string text)
    {
        Assert.DoesNotContain(Values.In(text, Dateline), m => m.Kind == MentionKind.Date);
    }

    [Fact]
    public void Without_a_document_date_a_day_alone_is_not_a_date()
    {
        Assert.Empty(Values.In("两国领导人20日签署协议"));
        Assert.Empty(Values.In("the ministry said on Friday"));
    }
}
