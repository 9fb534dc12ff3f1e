using Pipeline.Extraction;

namespace Pipeline.Tests.Extraction.Values;

public sealed class MentionOffsetTests
{
    private const string Traditional =
        "美國國防部以4億美元優先股投資，並保證每公斤110美元的價格底線，為期十年。"
        + "中國控制全球95%以上的稀土精煉能力，氧化鏑價格曾達140多萬元/噸。"
        + "2026財年，該公司產量約１２，０００噸；商務部於9月10日公佈第61號公告。";

    [Fact]
    public void Every_surface_is_the_original_traditional_text_at_its_offsets()
    {
        var mentions = Values.In(Traditional, new DateOnly(2025, 11, 8));
        Assert.True(mentions.Count >= 8);
        Assert.All(mentions, m => Assert.Equal(Traditional[m.Start..m.End], m.Surface));
        Assert.Equal(
            ["4億美元", "每公斤110美元", "十年", "95%以上", "140多萬元/噸", "2026財年", "約１２，０００噸", "9月10日"],
            mentions.Select(m => m.Surface));
    }

    [Fact]
    public void Mentions_do_not_overlap()
    {
        var mentions = Values.In(Traditional, new DateOnly(2025, 11, 8));
        Assert.All(mentions.Zip(mentions.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Offsets_survive_squared_unit_signs_that_normalization_expands()
    {
        const string text = "每月產量50㎏，價格每㎏110美元";
        var mentions = Values.In(text);
        Assert.Equal(["50㎏", "每㎏110美元"], mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal(text[m.Start..m.End], m.Surface));
        Assert.Equal(MentionKind.Rate, mentions[1].Kind);
    }
}
