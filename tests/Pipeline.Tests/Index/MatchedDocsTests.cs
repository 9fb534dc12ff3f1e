using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>The matched documents of a segment, read back as runs of matches or of the others.</summary>
public sealed class MatchedDocsTests
{
    [Fact]
    public void Runs_cross_word_boundaries_and_stop_at_the_last_document()
    {
        var matched = new MatchedDocs();
        matched.Reset(130);
        foreach (var doc in Enumerable.Range(0, 70).Append(100).Append(129))
        {
            matched.Add(doc);
        }

        Assert.Equal(72, matched.Count);
        Assert.Equal([(0, 70), (100, 101), (129, 130)], Runs(matched, true));
        Assert.Equal([(70, 100), (101, 129)], Runs(matched, false));
    }

    [Fact]
    public void A_reset_forgets_the_previous_segment()
    {
        var matched = new MatchedDocs();
        matched.Reset(200);
        matched.Add(3);
        matched.Add(150);
        matched.Reset(128);
        matched.Add(127);

        Assert.Equal(1, matched.Count);
        Assert.Equal([(127, 128)], Runs(matched, true));
        Assert.Equal([(0, 127)], Runs(matched, false));
    }

    [Fact]
    public void Every_document_or_none()
    {
        var matched = new MatchedDocs();
        matched.Reset(64);
        Assert.Empty(Runs(matched, true));
        Assert.Equal([(0, 64)], Runs(matched, false));

        foreach (var doc in Enumerable.Range(0, 64))
        {
            matched.Add(doc);
        }
        Assert.Equal([(0, 64)], Runs(matched, true));
        Assert.Empty(Runs(matched, false));
    }

    private static List<(int, int)> Runs(MatchedDocs matched, bool ofMatches)
    {
        var runs = new List<(int, int)>();
        matched.ForEachRun(ofMatches, (from, to) => runs.Add((from, to)));
        return runs;
    }
}
