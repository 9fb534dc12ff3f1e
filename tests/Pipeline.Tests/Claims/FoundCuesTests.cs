using Pipeline.Claims;

namespace Pipeline.Tests.Claims;

/// <summary>One cue cache serves the sentences of a document in turn: each sentence sees only its own words.</summary>
public sealed class FoundCuesTests
{
    private static CueSet Cues(string[] chinese, string[] english) => new(chinese, english, s => s);

    [Fact]
    public void A_reused_cache_finds_in_the_next_sentence_what_a_fresh_one_finds()
    {
        var exports = Cues(["出口"], ["export*"]);
        var output = Cues(["产量"], ["output"]);
        var found = new FoundCues();
        const string first = "出口 fell while output rose";
        const string second = "exports and 产量, then 出口 again";

        var firstView = new SentenceView(first, 0, "en", [], found);
        Assert.Equal(exports.FindIn(first), firstView.Find(exports).ToArray());
        Assert.Equal(output.FindIn(first), firstView.Find(output).ToArray());

        var secondView = new SentenceView(second, 40, "en", [], found);
        Assert.Equal(exports.FindIn(second), secondView.Find(exports).ToArray());
        Assert.Equal(output.FindIn(second), secondView.Find(output).ToArray());
    }

    [Fact]
    public void Spans_found_first_stay_as_they_were_while_more_sets_are_searched()
    {
        const string text = "出口 出口 出口 产量 产量 exports output refinery";
        var view = new SentenceView(text, 0, "en", []);
        var exports = Cues(["出口"], ["export*"]);

        var first = view.Find(exports);
        // Enough sets, each with spans, to grow the shared list past its first arrays.
        for (var i = 0; i < 20; i++)
        {
            _ = view.Find(Cues(["产量", "出口"], ["output", "refin*"]));
        }

        Assert.Equal(exports.FindIn(text), first.ToArray());
        Assert.Equal(exports.FindIn(text), view.Find(exports).ToArray());
    }
}
