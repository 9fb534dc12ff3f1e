using Pipeline.Text;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("000", "Hans")]
    [InlineData("001", "Hans")]
    [InlineData("002", "Hans")]
    [InlineData("003", "Hant")]
    [InlineData("004", "Hant")]
    public void Seeds_are_chinese_in_their_own_script(string seed, string script)
    {
        Assert.Equal(new TextLanguage("zh", script), LanguageDetector.Detect(SeedCorpus.Read(seed)));
    }

    [Fact]
    public void English_paragraph_is_english_without_a_script()
    {
        const string text = "The US Department of Defense will invest $400 million in MP Materials, the owner of the "
            + "Mountain Pass rare-earth mine in California, under a long-term partnership.";
        Assert.Equal(new TextLanguage("en", null), LanguageDetector.Detect(text));
    }

    [Fact]
    public void Chinese_text_full_of_english_names_is_still_chinese()
    {
        const string text = "与澳大利亚的 Lynas 合作,将澳洲矿石输送至美国。最近澳洲 Lynas 与美国 Noveon Magnetics 签订战略合作,"
            + "MP Materials 的 10X Facility 计划以及 Critical Raw Materials Act 都在推进。";
        Assert.Equal(TextLanguage.Simplified, LanguageDetector.Detect(text));
    }

    [Fact]
    public void English_text_quoting_a_few_chinese_words_is_english()
    {
        const string text = "Chinese commentators call rare earths the \"vitamins of industry\" (工业维生素), and the "
            + "ministry's notice speaks of 穿透式管控, a penetrating control that reaches goods made abroad.";
        Assert.Equal(TextLanguage.English, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Short_traditional_sentence_is_hant()
    {
        Assert.Equal(TextLanguage.Traditional, LanguageDetector.Detect("美國國防部以4億美元優先股投資成為最大股東。"));
    }
}
