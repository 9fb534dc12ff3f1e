using Pipeline.App.Output;

namespace Pipeline.Tests.Output;

public sealed class TextSegmentsTests
{
    [Fact]
    public void Overlapping_spans_cut_the_text_where_either_begins_or_ends()
    {
        // A claim's value (每磅110美元) is also a rate mention, which starts one character later.
        var text = "价格为每磅110美元。";
        var segments = TextSegments.Split(text, 100, [new LabelledSpan(103, 110, "claim"), new LabelledSpan(104, 110, "k-rate")]);

        Assert.Equal(["价格为", "每", "磅110美元", "。"], segments.Select(s => s.Text));
        Assert.Equal([[], ["claim"], ["claim", "k-rate"], []], segments.Select(s => s.Labels.ToArray()));
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Spans_outside_the_text_are_clipped_and_empty_ones_dropped()
    {
        var segments = TextSegments.Split("snippet", 10, [new LabelledSpan(5, 12, "hit"), new LabelledSpan(30, 40, "hit"), new LabelledSpan(14, 14, "hit")]);

        Assert.Equal(["sn", "ippet"], segments.Select(s => s.Text));
        Assert.True(segments[0].IsMarked);
        Assert.False(segments[1].IsMarked);
    }
}
