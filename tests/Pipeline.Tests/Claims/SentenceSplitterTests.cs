using Pipeline.Claims;

namespace Pipeline.Tests.Claims;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text, string language) =>
        [.. SentenceSplitter.Split(text, language).Select(s => text[s.Start..s.End])];

    [Fact]
    public void English_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["On Oct. 9 the U.S. Department of Defense replied.", "No. 61 was suspended."],
            Sentences("On Oct. 9 the U.S. Department of Defense replied. No. 61 was suspended.", "en"));
    }

    [Fact]
    public void Chinese_sentences_end_at_full_stops_and_paragraph_breaks()
    {
        Assert.Equal(
            ["商務部宣佈暫停。", "美方回應！", "新段落"],
            Sentences("商務部宣佈暫停。美方回應！\n\n新段落", "zh"));
    }

    [Fact]
    public void A_list_items_number_is_no_sentence_of_its_own()
    {
        Assert.Equal(
            ["Reserves are:", "1. China: 44 million t", "2. Brazil: 21 million t"],
            Sentences("Reserves are:\n1. China: 44 million t\n2. Brazil: 21 million t", "en"));
    }

    [Fact]
    public void A_flattened_Chinese_list_splits_at_its_bullets()
    {
        Assert.Equal(
            ["储量分布", "中国储量最大 [1]", "2024年巴西排名第二", "价格在2020 - 2025年间上涨"],
            Sentences("储量分布 - 中国储量最大 [1] - 2024年巴西排名第二 - 价格在2020 - 2025年间上涨", "zh"));
    }
}
