using Pipeline.Index;
using Pipeline.Text;

namespace Pipeline.Tests.Index;

/// <summary>Chinese words of a query are found in a hit as runs of its normalized text, without segmenting it again.</summary>
public sealed class HanWordHighlightTests
{
    private static readonly NormalizedText Text = TextNormalizer.Default.Normalize("美國稀土精煉能力弱，稀土進口多。MP Materials 精煉");

    [Fact]
    public void A_phrase_of_consecutive_han_words_is_found_in_either_script()
    {
        var spans = new List<TextSpan>();

        var found = BigramHighlighter.TryFindHanWords(Text, [new HighlightPhrase([("稀土", 0), ("精炼", 1)])], spans);

        Assert.True(found);
        Assert.Equal([new TextSpan(2, 6)], spans);
    }

    [Fact]
    public void Every_occurrence_of_a_han_word_is_found()
    {
        var spans = new List<TextSpan>();

        BigramHighlighter.TryFindHanWords(Text, [new HighlightPhrase([("稀土", 0)])], spans);

        Assert.Equal([new TextSpan(2, 4), new TextSpan(10, 12)], spans);
    }

    [Theory]
    [InlineData("materials")]
    [InlineData("土")]
    public void Latin_words_and_lone_characters_are_left_to_the_analyzer(string term)
    {
        var spans = new List<TextSpan>();

        var found = BigramHighlighter.TryFindHanWords(Text, [new HighlightPhrase([("稀土", 0)]), new HighlightPhrase([(term, 0)])], spans);

        Assert.False(found);
        Assert.Empty(spans);
    }

    [Fact]
    public void With_a_word_per_character_a_lone_character_is_found_wherever_it_stands()
    {
        var spans = new List<TextSpan>();

        // 國 (Traditional in the text) in 美國 and 进 in 進口: searched as 国 and 进.
        var found = BigramHighlighter.TryFindHanWords(Text, [new HighlightPhrase([("国", 0)]), new HighlightPhrase([("进", 0)])], spans, everyCharacterIsAWord: true);

        Assert.True(found);
        Assert.Equal([new TextSpan(1, 2), new TextSpan(12, 13)], spans.OrderBy(s => s.Start));
    }

    [Fact]
    public void Words_with_a_gap_between_them_are_left_to_the_analyzer()
    {
        Assert.False(BigramHighlighter.TryFindHanWords(Text, [new HighlightPhrase([("稀土", 0), ("能力", 2)])], []));
    }
}
