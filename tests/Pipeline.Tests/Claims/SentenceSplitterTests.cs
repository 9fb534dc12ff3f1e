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
}
