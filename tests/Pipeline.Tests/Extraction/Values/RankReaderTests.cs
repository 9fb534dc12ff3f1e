using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

public sealed class RankReaderTests
{
    [Theory]
    [InlineData("加拿大拥有全球第五大稀土储量", "第五大", 5)]
    [InlineData("加拿大擁有全球第5大稀土儲量", "第5大", 5)]
    [InlineData("印度的储量位居全球第五", "第五", 5)]
    [InlineData("越南的儲量排名第六，", "第六", 6)]
    [InlineData("该国产量居世界第三位", "第三位", 3)]
    [InlineData("产量第二的缅甸", "第二", 2)]
    [InlineData("在榜单上名列第十二名", "第十二名", 12)]
    [InlineData("Canada holds the fifth-largest reserves", "fifth-largest", 5)]
    [InlineData("Vietnam is the third biggest producer", "third biggest", 3)]
    [InlineData("Russia ranks sixth in reserves", "sixth", 6)]
    [InlineData("India was ranked 4th among producers", "4th", 4)]
    [InlineData("the 2nd-largest miner", "2nd-largest", 2)]
    [InlineData("Brazil came in second place", "second place", 2)]
    [InlineData("the No. 2 producer", "No. 2", 2)]
    [InlineData("the world's No. 3 refiner", "No. 3", 3)]
    public void Ordinals_that_rank_are_ranks(string text, string surface, int place)
    {
        var mention = Values.Single(text);
        Assert.Equal(surface, mention.Surface);
        Values.AssertMeasure(mention, MentionKind.Rank, place, place, "rank", Qualifier.Exact);
    }

    [Theory]
    [InlineData("公司的第二座工厂")]
    [InlineData("第一，我们要说明来源")]
    [InlineData("他是第二位总统")]
    [InlineData("进入第一梯队")]
    [InlineData("the second half of the report")]
    [InlineData("the top three producers")]
    [InlineData("a third country")]
    [InlineData("Announcement No. 61")]
    [InlineData("in the 21st century")]
    public void Ordinals_that_only_count_are_no_ranks(string text)
    {
        Assert.DoesNotContain(Values.In(text), m => m.Kind == MentionKind.Rank);
    }

    [Fact]
    public void The_items_of_a_ranked_list_are_ranked_by_their_numbers()
    {
        var mentions = Values.In("The top producers in 2024 were:\n\n1. China: 270,000 t\n2. Myanmar: 31,000 t");

        var ranks = mentions.Where(m => m.Kind == MentionKind.Rank).ToList();
        Assert.Equal(["1", "2"], ranks.Select(m => m.Surface));
        Assert.Equal([1.0, 2.0], ranks.Select(m => m.Value!.Low!.Value));
        Assert.Equal(2, mentions.Count(m => m.Kind == MentionKind.Quantity)); // the tonnages stay
    }

    [Theory]
    [InlineData("储量排名前十的国家：\n1、中国：4400万吨\n2、巴西：2100万吨")]
    [InlineData("儲量最大的國家如下：\n1. 中國：4400萬噸\n2. 巴西：2100萬噸")]
    public void A_Chinese_heading_ranks_its_list(string text)
    {
        Assert.Equal(2, Values.In(text).Count(m => m.Kind == MentionKind.Rank));
    }

    [Fact]
    public void The_numbers_of_a_list_that_does_not_rank_are_no_ranks()
    {
        Assert.DoesNotContain(Values.In("The countries that signed the pact are:\n1. Japan\n2. India"), m => m.Kind == MentionKind.Rank);
    }
}
