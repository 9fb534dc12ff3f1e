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

    [Fact]
    public void A_sentence_that_never_ends_is_cut_after_a_clause_mark_below_the_cap()
    {
        var text = string.Concat(Enumerable.Repeat("China mined 1,000 tonnes in 2024, ", 60)).TrimEnd();

        var pieces = Sentences(text, "en");

        Assert.True(text.Length > 1000);
        Assert.All(pieces[..^1], p => Assert.InRange(p.Length, 500, 1000));
        Assert.All(pieces[..^1], p => Assert.EndsWith("2024,", p)); // "1,000" is no clause mark
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Fact]
    public void Chinese_without_a_full_stop_is_cut_at_400_characters_at_most()
    {
        var text = string.Concat(Enumerable.Repeat("中国产量为一千吨，", 100));

        var pieces = Sentences(text, "zh");

        Assert.All(pieces, p => Assert.True(p.Length <= 400 && p.EndsWith('，'), p));
        Assert.Equal(text, string.Concat(pieces));
    }
}
