using Pipeline.Claims;

namespace Pipeline.Tests.Claims;

/// <summary>
/// Where a cue set finds its words. The search skips a cue whose leading characters a text lacks:
/// these cases hold cues that open on one character, on a word before a space, or on a wildcard stem.
/// </summary>
public sealed class CueSetTests
{
    private static CueSet Cues(string[] chinese, string[] english) => new(chinese, english, s => s);

    [Fact]
    public void Chinese_cues_come_in_the_order_of_the_cues_then_english_ones_in_text_order()
    {
        var cues = Cues(["产量", "产能"], ["output", "refin*"]);

        var found = cues.FindIn("产能与产量, refinery output, 产能");

        Assert.Equal([(3, 5), (0, 2), (24, 26), (7, 15), (16, 22)], found);
    }

    [Fact]
    public void A_space_in_an_english_cue_matches_a_line_break_and_a_tab()
    {
        var found = Cues([], ["rare earth"]).FindIn("the rare\n\tearth trade");

        Assert.Equal([(4, 15)], found);
    }

    [Theory]
    [InlineData("他称产量下降", 1, 2)]
    [InlineData("a  ton of ore", 0, 6)]
    public void A_cue_that_opens_on_one_character_is_found(string text, int start, int end)
    {
        var found = Cues(["称"], ["a ton"]).FindIn(text);

        Assert.Equal([(start, end)], found);
    }

    [Fact]
    public void A_text_without_the_cues_leading_characters_finds_none()
    {
        Assert.Empty(Cues(["产量"], ["output", "refin*"]).FindIn("产能与产出, the refund and out-put"));
    }

    [Fact]
    public void A_sentence_view_finds_what_the_cue_set_finds()
    {
        var cues = Cues(["出口"], ["export*"]);
        const string text = "exports fell; 出口 fell, and exporters said 出口 would recover";

        var view = new SentenceView(text, 0, "en", []);

        Assert.Equal(cues.FindIn(text), view.Find(cues).ToArray());
    }

    [Fact]
    public void Character_pairs_hold_every_part_of_their_text()
    {
        const string text = "稀土 rare\nearths 精炼";
        var pairs = new CharacterPairs(text);

        for (var i = 0; i < text.Length; i++)
        {
            for (var end = i + 1; end <= text.Length; end++)
            {
                Assert.True(pairs.HasAll(CharacterPairs.SlotsOf(text.AsSpan(i, end - i))));
            }
        }
    }
}
