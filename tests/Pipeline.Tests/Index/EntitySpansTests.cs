using Pipeline.Index;

namespace Pipeline.Tests.Index;

public sealed class EntitySpansTests
{
    [Fact]
    public void Stored_spans_read_back_as_the_occurrences_in_their_order()
    {
        EntityOccurrence[] occurrences = [new("element:nd", 4, 5), new("company:mp-materials", 12, 24), new("element:nd", 40, 49)];

        Assert.Equal(occurrences, EntitySpans.Decode(EntitySpans.Encode(occurrences)));
    }

    [Fact]
    public void A_document_indexed_without_spans_has_none()
    {
        Assert.Empty(EntitySpans.Decode(null));
        Assert.Empty(EntitySpans.Decode(""));
    }
}
